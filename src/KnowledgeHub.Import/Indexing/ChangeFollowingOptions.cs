namespace KnowledgeHub.Import.Indexing;

/// <summary>Bound from "KnowledgeHub:ChangeFollowing".</summary>
public sealed class ChangeFollowingOptions
{
    public const string Section = "KnowledgeHub:ChangeFollowing";

    /// <summary>The PostgreSQL channel writers NOTIFY and followers LISTEN on.</summary>
    public const string Channel = "knowledgehub_changes";

    /// <summary>
    /// How often the change log is read when no notification came: the fallback that also serves
    /// SQLite (changes by the command line) and a lost PostgreSQL connection.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether the follower LISTENs on PostgreSQL. False leaves only polling, as after a lost
    /// connection or behind a pooler that drops LISTEN (PgBouncer in transaction mode); writers
    /// still NOTIFY, so other servers that listen keep waking at once.
    /// </summary>
    public bool Listen { get; set; } = true;

    /// <summary>
    /// Where the follower LISTENs when the server's own connection string goes through a pooler in
    /// transaction mode (LISTEN needs a session): PostgreSQL directly or a session-mode pooler
    /// entry. Unset, the server's connection string serves both.
    /// </summary>
    public string? SessionConnectionString { get; set; }
}
