using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Domain.LegalBases;

namespace KnowledgeHub.Api.LegalBases;

public sealed class LegalBasisFilterInputGraphType : FilterInputGraphType<LegalBasis>
{
    public LegalBasisFilterInputGraphType() : base("LegalBasisFilterInput", "Conditions on a law and paragraph.")
    {
        String("slug", l => l.Slug, "The readable identifier.");
        String("law", l => l.Law, "The law, e.g. \"Serviceloven\".");
        String("paragraph", l => l.Paragraph, "The paragraph, e.g. \"§ 11\".");
        String("title", l => l.Title, "What the paragraph is about.");
        Date("validFrom", l => l.ValidFrom, "In force from.");
        Date("validTo", l => l.ValidTo, "In force until (none while in force).");
    }
}
