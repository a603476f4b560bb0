using KnowledgeHub.Domain.Access;
using KnowledgeHub.Tests.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Clients;

/// <summary>
/// The GraphQL clients frontends and partners use, unchanged, against the real server on a real
/// port (and database: SQLite, or PostgreSQL under KNOWLEDGEHUB_TEST_POSTGRES). Each script in
/// tests/clients/ (npm, locked) checks one client and exits non-zero with what failed.
/// </summary>
public sealed class ClientTests(ClientTests.Server server, ITestOutputHelper output) : IClassFixture<ClientTests.Server>
{
    public sealed class Server : EditingServer
    {
        public Server()
        {
            UseKestrel(0);
            StartServer();
        }

        public string Address => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    [Theory]
    [InlineData("introspection.mjs")]
    [InlineData("apollo.mjs")]
    [InlineData("urql.mjs")]
    [InlineData("relay.mjs")]
    [InlineData("gateway.mjs")]
    public async Task Client_works_unchanged(string script)
    {
        var (exitCode, log) = await NodeProject.Clients.NodeAsync(script, new Dictionary<string, string>
        {
            ["KNOWLEDGEHUB_URL"] = server.Address,
            ["KNOWLEDGEHUB_KEY"] = await server.CreateKeyAsync(ApiKeyRole.Editor),
        }, TimeSpan.FromMinutes(3));
        output.WriteLine(log);
        Assert.True(exitCode == 0, $"{script} failed:\n{log}");
    }
}
