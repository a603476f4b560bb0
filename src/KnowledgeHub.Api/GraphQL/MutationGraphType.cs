using GraphQL.Types;
using KnowledgeHub.Api.Access;
using KnowledgeHub.Api.Imports;
using KnowledgeHub.Api.Records;

namespace KnowledgeHub.Api.GraphQL;

/// <summary>The root mutation: each feature adds its own. Every mutation needs an API key.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Changes to the knowledge base; each needs an API key (`Authorization: Bearer <key>`).";
        RecordMutationFields.AddTo(this);
        RecordMutations.AddTo(this);
        ImportMutations.AddTo(this);
        ApiKeyMutations.AddTo(this);
    }
}
