namespace KnowledgeHub.Api.GraphQL.Mutations;

/// <summary>
/// An expected failure of a mutation, returned in its payload's <c>errors</c> rather than thrown:
/// the client asked for something the data does not allow. Unexpected failures still throw.
/// </summary>
public abstract record MutationError(string Message);

/// <summary>An input value is not acceptable; <see cref="Field"/> is its path in the input ("title", "sources.0.url").</summary>
public sealed record ValidationError(string Field, string Message) : MutationError(Message);

/// <summary>The entity changed since the client read it (optimistic concurrency), or a unique value is taken.</summary>
public sealed record ConflictError(string Message) : MutationError(Message);

/// <summary>The entity the mutation names does not exist (or the client may not see it).</summary>
public sealed record NotFoundError(string Message, string? Id) : MutationError(Message);
