using GraphQL.Types;
using KnowledgeHub.Api.Access;
using KnowledgeHub.Api.Changes;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Api.LegalBases;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Publications;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Api.Search;
using KnowledgeHub.Api.Themes;

namespace KnowledgeHub.Api.GraphQL;

/// <summary>The root query: each feature adds its own entry points.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "KnowledgeHub: preventive interventions for vulnerable children, young people and families in Denmark.";
        NodeQueries.AddTo(this);
        RecordQueries.AddTo(this);
        MunicipalityQueries.AddTo(this);
        ThemeQueries.AddTo(this);
        OrganisationQueries.AddTo(this);
        PublicationQueries.AddTo(this);
        LegalBasisQueries.AddTo(this);
        SearchQueries.AddTo(this);
        ChangeQueries.AddTo(this);
        ApiKeyQueries.AddTo(this);
    }
}
