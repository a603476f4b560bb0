namespace KnowledgeHub.Tests.Api.Introspection;

/// <summary>
/// The October 2021 introspection: graphql-js' getIntrospectionQuery with every option (what
/// GraphiQL, graphql-codegen and Apollo's tooling send) answers without errors.
/// </summary>
public sealed class IntrospectionTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task The_full_graphql_js_introspection_answers()
    {
        var answer = await _client.PostJsonAsync(new { query = FullIntrospection.Query });
        Assert.True(answer.Status == 200 && answer.Json["errors"] is null, answer.Json.ToJsonString());

        var schema = answer.Json["data"]!["__schema"]!;
        Assert.Equal("KnowledgeHub GraphQL API.", (string?)schema["description"]);
        Assert.All(schema["directives"]!.AsArray(), d => Assert.NotNull(d!["isRepeatable"]));
    }

    [Theory]
    [InlineData("Date", "https://scalars.graphql.org/chillicream/date.html")]
    [InlineData("DateTime", "https://scalars.graphql.org/chillicream/date-time.html")]
    [InlineData("Long", "https://scalars.graphql.org/chillicream/long.html")]
    public async Task Custom_scalars_say_how_they_are_specified(string name, string url)
    {
        var data = await _client.DataAsync("query($name: String!) { __type(name: $name) { specifiedByURL description } }", new { name });
        Assert.Equal(url, (string?)data["__type"]!["specifiedByURL"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)data["__type"]!["description"]));
    }

    [Fact]
    public async Task Arguments_and_input_fields_take_include_deprecated()
    {
        var data = await _client.DataAsync("""
            { __schema { directives { args(includeDeprecated: true) { name isDeprecated } } }
              __type(name: "ProgramFilterInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              query: __type(name: "Query") { fields { args(includeDeprecated: true) { name isDeprecated } } } }
            """);
        Assert.NotEmpty(data["__type"]!["inputFields"]!.AsArray());
    }
}
