using GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Access;
using KnowledgeHub.Api.Cases;
using KnowledgeHub.Api.Experiences;
using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.Api.Programs;
using KnowledgeHub.GraphQL.Mutations;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Api.Records;

/// <summary>createX and updateX for each record kind; the four kinds differ only in their inputs.</summary>
public static class RecordMutationFields
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AddCreateAndUpdate<CreateProgramInputGraphType, UpdateProgramInputGraphType, ProgramGraphType>(mutation, RecordKind.Program);
        AddCreateAndUpdate<CreateFamilyProgramInputGraphType, UpdateFamilyProgramInputGraphType, FamilyProgramGraphType>(mutation, RecordKind.FamilyProgram);
        AddCreateAndUpdate<CreateInspirationCaseInputGraphType, UpdateInspirationCaseInputGraphType, InspirationCaseGraphType>(mutation, RecordKind.InspirationCase);
        AddCreateAndUpdate<CreateMunicipalExperienceInputGraphType, UpdateMunicipalExperienceInputGraphType, MunicipalExperienceGraphType>(
            mutation, RecordKind.MunicipalExperience);
    }

    private static void AddCreateAndUpdate<TCreateInput, TUpdateInput, TRecordGraphType>(ObjectGraphType mutation, RecordKind kind)
        where TCreateInput : IInputObjectGraphType
        where TUpdateInput : IInputObjectGraphType
        where TRecordGraphType : IGraphType
    {
        var typeName = RecordTypeNames.Of(kind);
        var field = char.ToLowerInvariant(typeName[0]) + typeName[1..];

        mutation.AddMutation<TCreateInput>(
            $"create{typeName}",
            $"Creates a {typeName}, a DRAFT unless `status` says otherwise. Needs a key; a partner key creates records of its own organisation.",
            p => p.Field<TRecordGraphType>(field).Description($"The new {typeName}; null when it was not created.").Resolve(c => c.Source.Value),
            PayloadConvention.RecordErrors,
            async c =>
            {
                var actor = c.RequireKey();
                var (given, _) = Bind(c, kind);
                return await RecordPayloads.FromAsync(c, await Editor(c).CreateAsync(actor, given, c.CancellationToken));
            });

        mutation.AddMutation<TUpdateInput>(
            $"update{typeName}",
            $"Changes a {typeName}: the given fields replace the stored ones. Names the version it read; a stale one gets a ConflictError and changes nothing.",
            p => p.Field<TRecordGraphType>(field).Description($"The {typeName} as changed; null when it was not.").Resolve(c => c.Source.Value),
            PayloadConvention.RecordErrors,
            c => RecordMutations.RunAsync(c, kind, (editor, actor, id, version) =>
            {
                var (given, fields) = Bind(c, kind);
                return editor.UpdateAsync(actor, id, version, given, fields, c.CancellationToken);
            }));
    }

    /// <summary>
    /// The input bound by name onto the kind's record document (its create input type names every
    /// field), and the fields it gives: an update replaces only those. A field left out of a create
    /// is null, as in a file.
    /// </summary>
    private static (RecordSeed Given, IReadOnlyCollection<string> Fields) Bind(IResolveFieldContext context, RecordKind kind)
    {
        var fields = Input(context).Where(f => f.Key is not ("id" or "version")).ToDictionary();
        var createInput = context.Schema.AllTypes[$"Create{RecordTypeNames.Of(kind)}Input"]!;
        return ((RecordSeed)fields.ToObject(SeedKinds.SeedTypeOf(kind), createInput), fields.Keys);
    }

    public static IDictionary<string, object?> Input(IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input");

    public static RecordEditor Editor(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordEditor>();
}
