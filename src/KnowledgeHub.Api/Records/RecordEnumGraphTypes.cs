using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

public sealed class RecordKindGraphType() : NamedEnumGraphType<RecordKind>("RecordKind", "The four kinds of record.");

public sealed class RecordStatusGraphType() : NamedEnumGraphType<RecordStatus>(
    "RecordStatus", "Drafts and archived records are visible to editors only.");

public sealed class MunicipalityRoleGraphType() : NamedEnumGraphType<MunicipalityRole>(
    "MunicipalityRole", "A municipality's part in a record; SUBJECT is the municipality a case or experience is about.");

public sealed class OrganisationRoleGraphType() : NamedEnumGraphType<OrganisationRole>(
    "OrganisationRole", "An organisation's part in a record, besides owning it.");
