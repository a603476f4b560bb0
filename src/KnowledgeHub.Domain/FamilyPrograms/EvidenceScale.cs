namespace KnowledgeHub.Domain.FamilyPrograms;

public enum EvidenceScale
{
    /// <summary>Socialstyrelsen's vidensdeklaration: A–D per knowledge type.</summary>
    DanishKnowledgeDeclaration,
    /// <summary>Blueprints for Healthy Youth Development: Promising, Model, Model Plus.</summary>
    Blueprints,
    /// <summary>Ungsinn (Norway): levels 1–5.</summary>
    Ungsinn,
    /// <summary>A published evaluation's own conclusion, with no registry scale.</summary>
    Evaluation,
}
