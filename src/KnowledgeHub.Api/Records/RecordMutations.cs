using GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Access;
using KnowledgeHub.GraphQL.Mutations;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The mutations that work on a record of any kind: delete, publish, unpublish, archive.</summary>
public static class RecordMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<DeleteRecordInputGraphType>(
            "deleteRecord", "Deletes a record (not one with children). Its history stays.",
            p => p.Field<IdGraphType>("deletedRecordId").Description("The id of the deleted record; null when nothing was deleted.")
                .Resolve(c => (c.Source.Value as DeletedRecord)?.Id),
            PayloadConvention.RecordErrors,
            c => RunAsync(c, null, (editor, actor, id, version) => editor.DeleteAsync(actor, id, version, c.CancellationToken), deleted: true));

        AddStatusChange<PublishRecordInputGraphType>(mutation, "publishRecord", RecordStatus.Published, "Publishes a record: anonymous readers see it from now on.");
        AddStatusChange<UnpublishRecordInputGraphType>(mutation, "unpublishRecord", RecordStatus.Draft, "Turns a published or archived record back into a draft, hidden from anonymous readers.");
        AddStatusChange<ArchiveRecordInputGraphType>(mutation, "archiveRecord", RecordStatus.Archived, "Archives a record: kept, but hidden from anonymous readers.");
    }

    private static void AddStatusChange<TInput>(ObjectGraphType mutation, string name, RecordStatus status, string description)
        where TInput : IInputObjectGraphType =>
        mutation.AddMutation<TInput>(
            name, $"{description} Names the version it read; a stale one gets a ConflictError.",
            p => p.Field<RecordGraphType>("record").Description("The record as it is now; null when nothing changed.").Resolve(c => c.Source.Value),
            PayloadConvention.RecordErrors,
            c => RunAsync(c, null, (editor, actor, id, version) => editor.SetStatusAsync(actor, id, version, status, c.CancellationToken)));

    /// <summary>An edit of the record the input's id names (of <paramref name="kind"/>, or any), at the version the input read.</summary>
    public static async Task<MutationPayload> RunAsync(
        IResolveFieldContext c, RecordKind? kind, Func<RecordEditor, Actor, int, int, Task<EditResult>> edit, bool deleted = false)
    {
        var actor = c.RequireKey();
        var input = RecordMutationFields.Input(c);
        var globalId = (string)input["id"]!;
        if (RecordPayloads.DecodeRecordId(globalId, kind) is not { } id)
        {
            return MutationPayload.Failure([new PayloadNotFoundError($"no record has the id '{globalId}'")]);
        }

        var result = await edit(RecordMutationFields.Editor(c), actor, id, (int)input["version"]!);
        if (deleted && result.Problems.Count == 0)
        {
            return MutationPayload.Success(new DeletedRecord(globalId));
        }

        return await RecordPayloads.FromAsync(c, result);
    }
}

/// <summary>What a deletion returns: the id that no longer resolves.</summary>
public sealed record DeletedRecord(string Id);

public abstract class RecordVersionInputGraphType : InputObjectGraphType
{
    protected RecordVersionInputGraphType(string name, string what)
    {
        Name = name;
        Description = $"The record to {what}, and the version that was read.";
        Field<NonNullGraphType<IdGraphType>>("id").Description($"The record to {what}.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version that was read; a stale one gets a ConflictError.");
    }
}

public sealed class DeleteRecordInputGraphType() : RecordVersionInputGraphType("DeleteRecordInput", "delete");

public sealed class PublishRecordInputGraphType() : RecordVersionInputGraphType("PublishRecordInput", "publish");

public sealed class UnpublishRecordInputGraphType() : RecordVersionInputGraphType("UnpublishRecordInput", "unpublish");

public sealed class ArchiveRecordInputGraphType() : RecordVersionInputGraphType("ArchiveRecordInput", "archive");
