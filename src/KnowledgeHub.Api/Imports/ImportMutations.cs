using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Access;
using KnowledgeHub.GraphQL.Mutations;
using KnowledgeHub.Import.Records;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Imports;

public static class ImportMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.AddMutation<ImportRecordsInputGraphType>(
            "importRecords",
            "Imports records in the seed-file format (same JSON Schemas): upserts by (owner, externalId), else by slug; all or nothing; " +
            "a second identical import changes nothing. Needs a key; a partner key imports its own organisation's records.",
            p => p.Field<ImportReportGraphType>("report")
                .Description("What happened to each record, or would have (dry run, or when any record was rejected); null when the content could not be taken at all.")
                .Resolve(c => c.Source.Value),
            [typeof(PayloadValidationErrorGraphType)],
            ImportAsync);

    private static async Task<MutationPayload> ImportAsync(IResolveFieldContext c)
    {
        var actor = c.RequireKey();
        var input = c.GetArgument<Dictionary<string, object?>>("input");
        var content = (string)input["content"]!;
        var dryRun = input.TryGetValue("dryRun", out var d) && d is true;
        var limit = c.RequestServices!.GetRequiredService<IOptions<ImportApiOptions>>().Value.MaxContentBytes;
        var size = Encoding.UTF8.GetByteCount(content);
        if (size > limit)
        {
            return MutationPayload.Failure([new PayloadValidationError("content", string.Format(CultureInfo.InvariantCulture,
                "is {0:N0} bytes; importRecords takes at most {1:N0}. Import larger files with `knowledgehub import FILE`.", size, limit))]);
        }

        var report = await c.RequestServices!.GetRequiredService<RecordImporter>().ImportAsync(content, actor, dryRun, null, c.CancellationToken);
        var errors = report.FileProblems.Select(p => (PayloadError)new PayloadValidationError("content", WithLine(p)))
            .Concat(report.Records.SelectMany(r => r.Problems.Select(p =>
                new PayloadValidationError(p.Field is "(record)" ? r.Position : $"{r.Position}.{p.Field}", WithLine(p)))))
            .ToList();
        return new MutationPayload(report, errors);
    }

    private static string WithLine(Domain.Records.RecordProblem problem) => problem.Line is { } line ? $"{problem.Message} (line {line})" : problem.Message;
}

public sealed class ImportRecordsInputGraphType : InputObjectGraphType
{
    public ImportRecordsInputGraphType()
    {
        Name = "ImportRecordsInput";
        Description = "A seed-format JSON document with programs, familyPrograms, inspirationCases and/or municipalExperiences.";
        Field<NonNullGraphType<StringGraphType>>("content").Description("The file's content: a JSON object keyed by record kind (seed-data/schema/seed-file.schema.json).");
        Field<BooleanGraphType>("dryRun").Description("Check and report, but write nothing.").DefaultValue(false);
    }
}
