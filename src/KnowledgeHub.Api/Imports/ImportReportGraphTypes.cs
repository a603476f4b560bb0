using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

namespace KnowledgeHub.Api.Imports;

public sealed class ImportReportGraphType : ObjectGraphType<ImportReport>
{
    public ImportReportGraphType()
    {
        Name = "ImportReport";
        Description = "What an import did: one entry per record in file order. Nothing is written unless `applied`.";
        Field(r => r.DryRun).Description("Whether this was a dry run.");
        Field(r => r.Applied).Description("Whether the import was written: not on a dry run, and not when any record was rejected.");
        Field(r => r.Created).Description("Records created (or that would be).");
        Field(r => r.Updated).Description("Records changed (or that would be).");
        Field(r => r.Unchanged).Description("Records already as the file has them: not written, no change logged.");
        Field(r => r.Rejected).Description("Records refused; any one of them stops the whole import.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportedRecordGraphType>>>>("records").Description("Each record of the file.").Resolve(c => c.Source.Records);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemGraphType>>>>("fileProblems")
            .Description("Problems with the file as a whole (not JSON, an unknown top-level key, empty).").Resolve(c => c.Source.FileProblems);
    }
}

public sealed class ImportedRecordGraphType : ObjectGraphType<ImportedRecord>
{
    public ImportedRecordGraphType()
    {
        Name = "ImportedRecord";
        Description = "One record of an imported file and what happened to it.";
        Field(r => r.Position).Description("Where it stands in the file: \"programs[3]\".");
        Field(r => r.Line, nullable: true).Description("The line it starts on.");
        Field<RecordKindGraphType>("kind").Description("Its kind; null for an item that is not a record.").Resolve(c => c.Source.Kind);
        Field(r => r.Slug, nullable: true).Description("Its slug, as given.");
        Field(r => r.ExternalId, nullable: true).Description("Its external id, as given or as stored.");
        Field<NonNullGraphType<ImportOutcomeGraphType>>("outcome").Description("Created, updated, unchanged or rejected.").Resolve(c => c.Source.Outcome);
        Field<RecordGraphType>("record").Description("The stored record; null when rejected or not (yet) created.")
            .Resolve(c => c.Source.RecordId is { } id ? c.RecordById().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemGraphType>>>>("problems").Description("Why it was rejected.").Resolve(c => c.Source.Problems);
    }
}

public sealed class ImportProblemGraphType : ObjectGraphType<RecordProblem>
{
    public ImportProblemGraphType()
    {
        Name = "ImportProblem";
        Description = "One reason a record or the file was refused.";
        Field<StringGraphType>("field").Description("The field within the record (\"sources[0].url\"); null for the record or file as a whole.")
            .Resolve(c => c.Source.Field is "(record)" or "(file)" ? null : c.Source.Field);
        Field(p => p.Message).Description("What is wrong.");
        Field(p => p.Line, nullable: true).Description("The line in the file, where known.");
    }
}

public sealed class ImportOutcomeGraphType() : NamedEnumGraphType<UpsertOutcome>("ImportOutcome", "What an import did with a record.");
