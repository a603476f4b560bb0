using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using KnowledgeHub.Api.GraphQL;
using KnowledgeHub.Api.GraphQL.Mutations;

namespace KnowledgeHub.Tests.GraphQL;

/// <summary>
/// The mutation building block on a throw-away schema (no mutation is served yet): the shape
/// HotChocolate clients expect, and typed errors that can be told apart.
/// </summary>
public sealed class MutationConventionTests
{
    private sealed record Widget(string Name);

    private sealed class WidgetGraphType : ObjectGraphType<Widget>
    {
        public WidgetGraphType()
        {
            Name = "Widget";
            Field(w => w.Name);
        }
    }

    private sealed class CreateWidgetInputGraphType : InputObjectGraphType
    {
        public CreateWidgetInputGraphType()
        {
            Name = "CreateWidgetInput";
            Field<NonNullGraphType<StringGraphType>>("name");
        }
    }

    private static readonly Schema TestSchema = BuildSchema();

    private static Schema BuildSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ping").Resolve(_ => "pong");
        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Mutation<CreateWidgetInputGraphType, WidgetGraphType>(
            "createWidget", "Creates a widget.", "widget", [typeof(ValidationErrorGraphType), typeof(ConflictErrorGraphType)],
            c =>
            {
                var name = (string)c.GetArgument<Dictionary<string, object?>>("input")["name"]!;
                return Task.FromResult(name switch
                {
                    "" => MutationPayload.Failure(new ValidationError("name", "A widget needs a name.")),
                    "taken" => MutationPayload.Failure(new ConflictError("The name is taken."), new ValidationError("name", "Pick another.")),
                    _ => MutationPayload.Success(new Widget(name)),
                });
            });
        var schema = new Schema { Query = query, Mutation = mutation };
        schema.Initialize();
        return schema;
    }

    private static async Task<JsonNode> ExecuteAsync(string name)
    {
        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = TestSchema;
            o.Query = """
                mutation($name: String!) { createWidget(input: { name: $name }) {
                  widget { name }
                  errors { __typename ... on Error { message } ... on ValidationError { field } } } }
                """;
            o.Variables = new Inputs(new Dictionary<string, object?> { ["name"] = name });
        });
        var json = JsonNode.Parse(new GraphQLSerializer().Serialize(result))!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!["createWidget"]!;
    }

    [Fact]
    public void The_schema_has_input_payload_error_union_and_error_interface()
    {
        var sdl = TestSchema.PrintSdl();

        Assert.Contains("createWidget(\n    \"The input of createWidget.\"\n    input: CreateWidgetInput!): CreateWidgetPayload!", sdl);
        Assert.Contains("type CreateWidgetPayload {", sdl);
        Assert.Contains("  widget: Widget\n", sdl);
        Assert.Contains("  errors: [CreateWidgetError!]\n", sdl);
        Assert.Contains("union CreateWidgetError = ValidationError | ConflictError", sdl);
        Assert.Contains("interface Error {", sdl);
        Assert.Contains("type ValidationError implements Error {", sdl);
        Assert.Contains("type ConflictError implements Error {", sdl);
    }

    [Fact]
    public async Task Success_returns_the_entity_and_no_errors()
    {
        var payload = await ExecuteAsync("sprocket");
        Assert.Equal("sprocket", (string)payload["widget"]!["name"]!);
        Assert.Null(payload["errors"]);
    }

    [Fact]
    public async Task Failures_return_typed_errors_and_no_entity()
    {
        var invalid = await ExecuteAsync("");
        var conflict = await ExecuteAsync("taken");

        Assert.Null(invalid["widget"]);
        Assert.Equal("""[{"__typename":"ValidationError","message":"A widget needs a name.","field":"name"}]""", invalid["errors"]!.ToJsonString());
        Assert.Equal(["ConflictError", "ValidationError"], conflict["errors"]!.AsArray().Select(e => (string)e!["__typename"]!));
    }

    [Fact]
    public void A_failure_names_at_least_one_error()
    {
        Assert.Throws<ArgumentException>(() => MutationPayload.Failure());
    }
}
