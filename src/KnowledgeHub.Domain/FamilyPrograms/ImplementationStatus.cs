namespace KnowledgeHub.Domain.FamilyPrograms;

public enum ImplementationStatus
{
    /// <summary>The source says it is used, not since when or whether it still is.</summary>
    Unknown,
    Planned,
    Pilot,
    Running,
    Stopped,
}
