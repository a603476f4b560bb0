using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

namespace KnowledgeHub.Tests.Import;

/// <summary>
/// A record document's fields are copied onto its entity by name when both declare the same type
/// (Import/Seed/PlainFields); the rest are references, mapped by hand. A field declared with another
/// type on one side would be skipped without a word, so every field that is not copied is named here.
/// </summary>
public sealed class PlainFieldsTests
{
    private static readonly string[] References =
    [
        "Status", "Parent", "Owner", "Themes", "TargetGroups", "Municipalities", "Organisations", "Publications",
        "LegalBases", "EvidenceAssessments", "StatedMunicipalityCounts", "Sources",
    ];

    [Theory]
    [InlineData(RecordKind.Program, typeof(InterventionProgram), new string[0])]
    [InlineData(RecordKind.FamilyProgram, typeof(FamilyProgram), new[] { "Implementations" })]
    [InlineData(RecordKind.InspirationCase, typeof(InspirationCase), new[] { "Municipality" })]
    [InlineData(RecordKind.MunicipalExperience, typeof(MunicipalExperience), new[] { "Municipality", "SourcePublication" })]
    public void Every_field_a_document_does_not_copy_by_name_is_a_known_reference(RecordKind kind, Type entity, string[] ownReferences)
    {
        var document = SeedKinds.SeedTypeOf(kind);
        var notCopied = document.GetProperties()
            .Where(p => p.Name != "EqualityContract")
            .Where(p => entity.GetProperty(p.Name) is not { SetMethod.IsPublic: true } e || e.PropertyType != p.PropertyType)
            .Select(p => p.Name).Order().ToList();

        Assert.Equal(References.Concat(ownReferences).Order(), notCopied);
    }
}
