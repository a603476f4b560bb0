namespace KnowledgeHub.Domain.Publications;

public enum PublicationKind
{
    Evaluation,
    Report,
    Guide,
    Catalogue,
    Agreement,
    Article,
    Other,
}
