using KnowledgeHub.GraphQL.Http.Caching;
using Microsoft.AspNetCore.Http;

namespace KnowledgeHub.GraphQL.Tests.Http.Caching;

public sealed class EntityTagsTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"x\", W/\"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("W/\"abd\"", false)]
    [InlineData("not a tag", false)]
    public void If_None_Match_compares_weakly(string? header, bool matches)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers.IfNoneMatch = header;
        }

        Assert.Equal(matches, EntityTags.NoneMatchFails(context.Request, "W/\"abc\""));
    }
}
