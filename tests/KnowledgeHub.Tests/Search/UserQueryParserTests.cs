using KnowledgeHub.Search.Querying;

namespace KnowledgeHub.Tests.Search;

public sealed class UserQueryParserTests
{
    private static string Parsed(string text) => UserQueryParser.Parse(text).ToString();

    [Theory]
    [InlineData("tidlig opsporing", "tidlig opsporing")]
    [InlineData("  \"tidlig opsporing\"  kommune ", "\"tidlig opsporing\" kommune")]
    [InlineData("forebyggelse -kommuner", "forebyggelse -kommuner")]
    [InlineData("-\"tidlig indsats\" familie", "-\"tidlig indsats\" familie")]
    [InlineData("+PMTO forældre", "+PMTO forældre")]
    [InlineData("forebyg*", "forebyg*")]
    [InlineData("PMTO NOT MST", "PMTO -MST")]
    [InlineData("PMTO AND MST OR FFT", "PMTO MST FFT")]
    [InlineData("\"enkelt\"", "enkelt")]
    [InlineData("Høje-Taastrup", "Høje-Taastrup")]
    public void Reads_the_user_syntax(string text, string expected) => Assert.Equal(expected, Parsed(text));

    [Theory]
    [InlineData("\"tidlig opsporing", "tidlig opsporing")]
    [InlineData("anbringelse \"", "anbringelse")]
    [InlineData("AND", "")]
    [InlineData("*", "")]
    [InlineData("- + -- NOT", "")]
    [InlineData("title:pmto (forældre)", "title pmto forældre")]
    [InlineData("pmto~2 forældre^3", "pmto 2 forældre 3")]
    [InlineData("[a TO z] {x}", "a TO z x")]
    [InlineData("\\\"//", "")]
    public void Input_Lucene_would_reject_is_read_as_plain_words(string text, string expected) => Assert.Equal(expected, Parsed(text));

    [Fact]
    public void Clause_kinds_and_occurrences_are_kept()
    {
        var clauses = UserQueryParser.Parse("\"tidlig indsats\" -mst +pmto forebyg*").Clauses;
        Assert.Equal([ClauseKind.Phrase, ClauseKind.Word, ClauseKind.Word, ClauseKind.Prefix], clauses.Select(c => c.Kind));
        Assert.Equal([ClauseOccur.Should, ClauseOccur.MustNot, ClauseOccur.Must, ClauseOccur.Should], clauses.Select(c => c.Occur));
    }

    [Fact]
    public void Ten_thousand_characters_are_read_up_to_the_clause_limit()
    {
        var text = string.Concat(Enumerable.Repeat("anbringelse ", 1000))[..UserQueryParser.MaxLength];
        var parsed = UserQueryParser.Parse(text);
        Assert.Equal(UserQueryParser.MaxClauses, parsed.Clauses.Count);
        Assert.True(parsed.Truncated);
    }

    [Fact]
    public void Longer_input_is_refused() =>
        Assert.Throws<InvalidSearchQueryException>(() => UserQueryParser.Parse(new string('a', UserQueryParser.MaxLength + 1)));

    [Fact]
    public void Typo_distance_counts_a_swap_as_one() =>
        Assert.Equal((1, 1, 1), (EditDistance.Within("forebygelse", "forebyggelse", 2), EditDistance.Within("anbringlese", "anbringelse", 2), EditDistance.Within("anbringlse", "anbringelse", 2)));
}
