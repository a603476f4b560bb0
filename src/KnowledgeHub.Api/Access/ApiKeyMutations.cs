using GraphQL;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Mutations;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Access;

namespace KnowledgeHub.Api.Access;

/// <summary>Key management for admins: create (the key is shown once) and revoke.</summary>
public static class ApiKeyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.AddMutation<CreateApiKeyInputGraphType>(
            "createApiKey", "Creates an API key. The key is in this answer only: it is stored as a hash. Needs an admin key.",
            p =>
            {
                p.Field<ApiKeyGraphType>("apiKey").Description("The new key's record.").Resolve(c => (c.Source.Value as CreatedKey)?.Key);
                p.Field<StringGraphType>("key").Description("The key to send as `Authorization: Bearer <key>`; shown this once.")
                    .Resolve(c => (c.Source.Value as CreatedKey)?.Text);
            },
            [typeof(PayloadValidationErrorGraphType)],
            async c =>
            {
                c.RequireAdmin();
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                try
                {
                    var (key, text) = await Keys(c).CreateAsync(
                        input.GetValueOrDefault("name") as string, (ApiKeyRole)input["role"]!, input.GetValueOrDefault("organisation") as string, c.CancellationToken);
                    return MutationPayload.Success(new CreatedKey(key, text));
                }
                catch (ApiKeyException e)
                {
                    return MutationPayload.Failure([new PayloadValidationError(e.Field, e.Message)]);
                }
            });

        mutation.AddMutation<RevokeApiKeyInputGraphType>(
            "revokeApiKey", "Revokes an API key: from now on it is refused like an unknown one. Needs an admin key.",
            p => p.Field<ApiKeyGraphType>("apiKey").Description("The revoked key's record.").Resolve(c => c.Source.Value),
            [typeof(PayloadNotFoundErrorGraphType)],
            async c =>
            {
                c.RequireAdmin();
                var id = c.GetArgument<Dictionary<string, object?>>("input")["id"] as string ?? "";
                var key = GlobalId.TryDecode(id, out var type, out var number) && type == "ApiKey" && GlobalId.TryDecodeInt(number, out _)
                    ? await Keys(c).RevokeAsync(number, c.CancellationToken)
                    : null;
                return key is null ? MutationPayload.Failure([new PayloadNotFoundError($"no API key has the id '{id}'")]) : MutationPayload.Success(key);
            });
    }

    private static ApiKeyService Keys(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ApiKeyService>();

    private sealed record CreatedKey(ApiKey Key, string Text);
}

public sealed class CreateApiKeyInputGraphType : InputObjectGraphType
{
    public CreateApiKeyInputGraphType()
    {
        Name = "CreateApiKeyInput";
        Description = "The role of the new key, and for a partner key its organisation.";
        Field<StringGraphType>("name").Description("What the key is for (\"VIVE nightly import\").");
        Field<NonNullGraphType<ApiKeyRoleGraphType>>("role").Description("What the key may do.");
        Field<StringGraphType>("organisation").Description("Slug of the organisation a partner key acts for; required for partners.");
    }
}

public sealed class RevokeApiKeyInputGraphType : InputObjectGraphType
{
    public RevokeApiKeyInputGraphType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's id (not the key itself).");
    }
}
