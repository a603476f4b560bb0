namespace KnowledgeHub.Domain.Records;

/// <summary>
/// Why a record was not written: which field, and what is wrong with it. One sealed type per kind
/// of refusal; <c>Api/Records/RecordPayloads</c> is the one place that turns them into errors.
/// </summary>
public abstract record RecordProblem(string Field, string Message)
{
    /// <summary>The line in the imported file, where known.</summary>
    public int? Line { get; init; }

    /// <summary>The file, when an import had several.</summary>
    public string? File { get; init; }

    public static RecordProblem Invalid(string field, string message) => new InvalidRecord(field, message);
}

/// <summary>The record breaks a rule of the schema or of the data (an unknown reference, a taken slug).</summary>
public sealed record InvalidRecord(string Field, string Message) : RecordProblem(Field, Message);

/// <summary>The record changed since the version the writer read.</summary>
public sealed record VersionConflict(string Field, string Message) : RecordProblem(Field, Message);

/// <summary>No such record, as far as this actor may see.</summary>
public sealed record RecordNotFound(string Field, string Message) : RecordProblem(Field, Message);

/// <summary>The record is outside what the actor's key may change.</summary>
public sealed record OutOfScope(string Field, string Message) : RecordProblem(Field, Message);
