using GraphQL.Types;
using KnowledgeHub.Import.Access;

namespace KnowledgeHub.Api.Access;

public static class ApiKeyQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>>("apiKeys")
            .Description("Every API key, revoked ones included, oldest first. Needs an admin key.")
            .ResolveAsync(async c =>
            {
                c.RequireAdmin();
                return await c.RequestServices!.GetRequiredService<ApiKeyService>().ListAsync(c.CancellationToken);
            });
}
