using GraphQLParser;
using KnowledgeHub.GraphQL.Documents;

namespace KnowledgeHub.GraphQL.Tests.Documents;

/// <summary>The pre-validation measure: fragments expanded, each measured once, cycles harmless.</summary>
public sealed class DocumentShapeTests
{
    [Theory]
    [InlineData("{ a }", 1, 0, 1)]
    [InlineData("{ a { b c } }", 3, 0, 2)]
    [InlineData("{ x: a y: a { z: b } }", 3, 3, 2)]
    [InlineData("{ a { ...F } } fragment F on T { b { c } }", 3 + 2, 0, 3)]
    [InlineData("{ ...F ...F } fragment F on T { x: a }", 2 + 1, 2 + 1, 1)]
    [InlineData("{ a { ... on T { b } } }", 2, 0, 2)]
    [InlineData("query A { a } query B { b { c } }", 3, 0, 2)]
    public void Counts_fields_aliases_and_depth(string document, long fields, long aliases, int depth)
    {
        var shape = DocumentShape.Measure(Parser.Parse(document));
        Assert.Equal(new DocumentShape(fields, aliases, depth), shape);
    }

    [Fact]
    public void A_fragment_spread_twice_per_level_doubles_per_level_without_expanding()
    {
        var document = "{ ...F0 }" + string.Concat(Enumerable.Range(0, 70).Select(i => $" fragment F{i} on T {{ ...F{i + 1} ...F{i + 1} }}")) + " fragment F70 on T { a }";
        var shape = DocumentShape.Measure(Parser.Parse(document));
        Assert.Equal(long.MaxValue, shape.Fields);
    }

    [Fact]
    public void Fragment_cycles_terminate()
    {
        var shape = DocumentShape.Measure(Parser.Parse("{ ...A } fragment A on T { a ...B } fragment B on T { b ...A }"));
        Assert.True(shape.Fields < 10);
    }

    [Fact]
    public void Unknown_fragments_count_nothing() =>
        Assert.Equal(new DocumentShape(1, 0, 1), DocumentShape.Measure(Parser.Parse("{ a ...Missing }")));
}
