namespace KnowledgeHub.Api.GraphQL.Mutations;

/// <summary>What a mutation returns: the entity on success, the errors otherwise (null when there are none, as in HotChocolate).</summary>
public sealed class MutationPayload
{
    private MutationPayload(object? entity, IReadOnlyList<MutationError>? errors) => (Entity, Errors) = (entity, errors);

    public object? Entity { get; }

    public IReadOnlyList<MutationError>? Errors { get; }

    public static MutationPayload Success(object entity) => new(entity, null);

    public static MutationPayload Failure(params IReadOnlyList<MutationError> errors) =>
        errors.Count > 0 ? new(null, errors) : throw new ArgumentException("A failure names at least one error.", nameof(errors));
}
