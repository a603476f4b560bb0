namespace KnowledgeHub.Domain.Records;

public enum ProblemKind
{
    /// <summary>The record breaks a rule of the schema or of the data (an unknown reference, a taken slug).</summary>
    Validation,

    /// <summary>The record changed since the version the client read.</summary>
    Conflict,

    /// <summary>No such record, as far as this actor may see.</summary>
    NotFound,

    /// <summary>The actor's role may not do this.</summary>
    Forbidden,
}

/// <summary>Why a record was not written: which field, and what is wrong with it.</summary>
public sealed record RecordProblem(ProblemKind Kind, string Field, string Message)
{
    /// <summary>The line in the imported file, where known.</summary>
    public int? Line { get; init; }

    /// <summary>The file, when an import had several.</summary>
    public string? File { get; init; }

    public static RecordProblem Invalid(string field, string message) => new(ProblemKind.Validation, field, message);
}
