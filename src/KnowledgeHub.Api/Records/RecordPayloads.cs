using KnowledgeHub.Api.Access;
using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Mutations;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Records;

/// <summary>Turns what the editor did into a mutation payload; a refusal of the role becomes a FORBIDDEN error.</summary>
public static class RecordPayloads
{
    public static async Task<MutationPayload> FromAsync(IResolveFieldContext context, EditResult result)
    {
        if (result.Problems.OfType<OutOfScope>().FirstOrDefault() is { } forbidden)
        {
            throw AccessError.Forbidden(forbidden.Message);
        }

        if (result.RecordId is not { } id)
        {
            return MutationPayload.Failure(result.Problems.Select(ToError).ToList());
        }

        // Read afresh, not through the request's loaders, which may hold the record as it was.
        return MutationPayload.Success(await context.ReadAsync((db, ct) => db.Records.FirstOrDefaultAsync(r => r.Id == id, ct)));
    }

    public static PayloadError ToError(RecordProblem problem) => problem switch
    {
        VersionConflict => new PayloadConflictError(problem.Message),
        RecordNotFound => new PayloadNotFoundError(problem.Message),
        _ => new PayloadValidationError(problem.Field is "(record)" or "(file)" ? null : problem.Field, problem.Message),
    };

    /// <summary>The database id inside a record's global id; null when it is another kind (or not a record at all).</summary>
    public static int? DecodeRecordId(string id, RecordKind? kind)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw IdError.Invalid(id);
        }

        var kinds = kind is { } k ? [k] : Enum.GetValues<RecordKind>();
        return kinds.Any(x => RecordTypeNames.Of(x) == typeName) && GlobalId.TryDecodeInt(key, out var value) ? value : null;
    }
}
