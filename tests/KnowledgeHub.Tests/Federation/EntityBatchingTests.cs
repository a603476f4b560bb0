namespace KnowledgeHub.Tests.Federation;

/// <summary>
/// A router asks for a whole list of entities in one <c>_entities</c> call; the DataLoaders must
/// turn that into one SQL statement per type and level, however many representations there are.
/// </summary>
public sealed class EntityBatchingTests(SqlCountingServer server) : IClassFixture<SqlCountingServer>
{
    [Fact]
    public async Task A_hundred_municipalities_are_one_sql_statement()
    {
        var codes = await AllMunicipalityCodesAsync();
        var representations = codes.Append("9998").Append("9999")
            .Select(code => new Dictionary<string, string> { ["__typename"] = "Municipality", ["code"] = code }).ToArray();
        Assert.Equal(100, representations.Length);

        var (data, sql) = await server.DataWithSqlAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code name } } }", new { r = representations });

        var entities = data["_entities"]!.AsArray();
        Assert.Equal(codes, entities.Take(98).Select(e => (string)e!["code"]!));
        Assert.Null(entities[98]);
        Assert.Null(entities[99]);
        Assert.Single(sql);
    }

    [Fact]
    public async Task Each_level_below_the_entities_is_one_more_statement()
    {
        var codes = await AllMunicipalityCodesAsync();
        var representations = codes.Select(code => new Dictionary<string, string> { ["__typename"] = "Municipality", ["code"] = code }).ToArray();

        var (data, sql) = await server.DataWithSqlAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { name region { name municipalities { code } } } } }",
            new { r = representations });

        Assert.All(data["_entities"]!.AsArray(), e => Assert.StartsWith("Region ", (string)e!["region"]!["name"]!));
        // Municipalities by code, their regions by id, the regions' municipalities by region.
        Assert.Equal(3, sql.Count);
    }

    [Fact]
    public async Task Mixed_types_and_keys_are_one_statement_per_loader()
    {
        var records = await server.Client.DataAsync("{ familyPrograms(first: 50) { nodes { id slug } } programs(first: 50) { nodes { id slug } } }");
        var families = records["familyPrograms"]!["nodes"]!.AsArray();
        var programs = records["programs"]!["nodes"]!.AsArray();
        var representations = families.Select(f => new Dictionary<string, string> { ["__typename"] = "FamilyProgram", ["slug"] = (string)f!["slug"]! })
            .Concat(programs.Select(p => new Dictionary<string, string> { ["__typename"] = "Program", ["id"] = (string)p!["id"]! }))
            .Concat(families.Select(f => new Dictionary<string, string> { ["__typename"] = "Record", ["id"] = (string)f!["id"]! }))
            .Append(new Dictionary<string, string> { ["__typename"] = "Theme", ["slug"] = "tidlig-opsporing" })
            .Append(new Dictionary<string, string> { ["__typename"] = "Municipality", ["code"] = "0461" })
            .ToArray();

        var (data, sql) = await server.DataWithSqlAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }", new { r = representations });

        Assert.DoesNotContain(null, data["_entities"]!.AsArray());
        // Records by slug, records by id (programs and records share it), themes by slug, municipalities by code.
        Assert.Equal(4, sql.Count);
    }

    private async Task<List<string>> AllMunicipalityCodesAsync()
    {
        var codes = new List<string>();
        string? after = null;
        do
        {
            var page = (await server.Client.DataAsync(
                "query($after: String) { municipalities(first: 50, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } } }",
                new { after }))["municipalities"]!;
            codes.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        Assert.Equal(98, codes.Count);
        return codes;
    }
}
