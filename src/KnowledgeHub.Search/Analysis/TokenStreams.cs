using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeHub.Search.Analysis;

/// <summary>Runs text through an analyzer and hands back what came out.</summary>
public static class TokenStreams
{
    public readonly record struct Token(string Term, int Position, int Start, int End);

    public static List<Token> Tokens(this Analyzer analyzer, string field, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), position, offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static List<string> Terms(this Analyzer analyzer, string field, string text) =>
        analyzer.Tokens(field, text).Select(t => t.Term).ToList();

    /// <summary>Each term as the stream's own buffer, for callers that keep few of them (no string per token).</summary>
    public static void EachTerm(this Analyzer analyzer, string field, string text, Action<ReadOnlySpan<char>> visit)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            visit(term.Buffer.AsSpan(0, term.Length));
        }

        stream.End();
    }
}
