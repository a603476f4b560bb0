using KnowledgeHub.GraphQL.Http;

namespace KnowledgeHub.GraphQL.Tests.Http;

/// <summary>Accept negotiation per GraphQL over HTTP.</summary>
public sealed class ResponseMediaTypeTests
{
    private const string New = ResponseMediaType.GraphQLResponse;
    private const string Legacy = ResponseMediaType.Json;

    [Theory]
    [InlineData(null, Legacy)]
    [InlineData("", Legacy)]
    [InlineData("*/*", Legacy)]
    [InlineData("application/*", Legacy)]
    [InlineData("application/json", Legacy)]
    [InlineData("application/graphql-response+json", New)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", New)]
    [InlineData("application/json, application/graphql-response+json", New)]
    [InlineData("application/json;q=1, application/graphql-response+json;q=0.5", Legacy)]
    [InlineData("text/html, */*;q=0.1", Legacy)]
    [InlineData("application/graphql-response+json; charset=utf-8", New)]
    [InlineData("application/graphql-response+json; charset=latin1, application/json", Legacy)]
    [InlineData("text/html", null)]
    [InlineData("application/json; charset=latin1", null)]
    [InlineData("application/graphql-response+json;q=0", null)]
    public void Negotiates(string? accept, string? expected) => Assert.Equal(expected, ResponseMediaType.Negotiate(accept));
}
