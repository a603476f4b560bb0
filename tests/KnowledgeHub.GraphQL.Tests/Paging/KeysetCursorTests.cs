using System.Linq.Expressions;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Paging;
using SortKey = KnowledgeHub.GraphQL.Sorting.SortKey;

namespace KnowledgeHub.GraphQL.Tests.Paging;

public sealed class KeysetCursorTests
{
    private static readonly SortKey[] Keys =
    [
        new("title", Expression.Constant("", typeof(string)), Descending: false, Nullable: false),
        new("startYear", Expression.Constant(null, typeof(int?)), Descending: true, Nullable: true),
        new("updatedAt", Expression.Constant(default(DateTime)), Descending: false, Nullable: false),
        new("id", Expression.Constant(0), Descending: false, Nullable: false),
    ];

    [Fact]
    public void Values_survive_the_round_trip()
    {
        object?[] values = ["Ærø – tidlig indsats", null, new DateTime(2026, 11, 23, 4, 53, 56, 123, DateTimeKind.Unspecified).AddTicks(4567), 42];

        var decoded = KeysetCursor.Decode("Query.programs|title:ASC", KeysetCursor.Encode("Query.programs|title:ASC", values), Keys);

        Assert.Equal(values, decoded);
    }

    [Theory]
    [InlineData("Query.themes|title:ASC")]
    [InlineData("Query.programs|title:DESC")]
    public void A_cursor_of_another_list_or_order_is_refused(string otherScope)
    {
        var cursor = KeysetCursor.Encode("Query.programs|title:ASC", ["a", 1, DateTime.UnixEpoch, 1]);

        var error = Assert.Throws<PagingError>(() => KeysetCursor.Decode(otherScope, cursor, Keys));
        Assert.Equal(ErrorCodes.InvalidCursor, error.Code);
    }

    public static TheoryData<object?[]> WrongValues() => new()
    {
        new object?[] { 1, 1, "2020-01-01T00:00:00", 1 },
        new object?[] { null, 1, "2020-01-01T00:00:00", 1 },
        new object?[] { "a", 1, "yesterday", 1 },
        new object?[] { "a", 1, "2020-01-01T00:00:00", 1.5 },
        new object?[] { "a", 1, "2020-01-01T00:00:00" },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void Values_of_the_wrong_type_or_number_are_refused(object?[] values)
    {
        var cursor = KeysetCursor.Encode("s", values);

        Assert.Equal(ErrorCodes.InvalidCursor, Assert.Throws<PagingError>(() => KeysetCursor.Decode("s", cursor, Keys)).Code);
    }
}
