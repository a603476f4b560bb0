using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// What an analysis chain produced for one text — each token's term, position increment and
/// offsets, and the final offset and increment — kept so another thread can hand it to Lucene
/// later, or a further filter can run over it without running the chain again (<see cref="ReplayStream"/>).
/// The indexer reads exactly these attributes (no payloads in our chains), so indexing a replay
/// writes what indexing the text would have. Terms share one character array: no string per token.
/// </summary>
public sealed class AnalyzedTokens
{
    // Per token: where its term starts in _chars, its length, position increment, start and end offset.
    private const int Stride = 5;

    private char[] _chars;
    private int _charCount;
    private int[] _tokens;
    private int _finalOffset;
    private int _finalIncrement;

    // Sized from what is known of the text up front: fixed first sizes were several times a title's
    // needs and grew twice for a description, a fifth of a rebuild's garbage.
    private AnalyzedTokens(int chars, int tokens) => (_chars, _tokens) = (new char[chars], new int[Stride * Math.Max(tokens, 1)]);

    public int Count { get; private set; }

    /// <summary>The tokens of a chain over <paramref name="source"/>'s tokens (a <see cref="ReplayStream"/>), which may add some (compound parts).</summary>
    public static AnalyzedTokens Of(TokenStream stream, AnalyzedTokens source) =>
        new AnalyzedTokens(source._charCount * 5 / 4 + 8, source.Count * 5 / 4 + 2).Read(stream);

    /// <summary>The tokens of the text; a word is about six letters and a space.</summary>
    public static AnalyzedTokens Of(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        return new AnalyzedTokens(text.Length, text.Length / 5 + 2).Read(stream);
    }

    private AnalyzedTokens Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            Add(term.Buffer, term.Length, increment.PositionIncrement, offsets.StartOffset, offsets.EndOffset);
        }

        // After End: the final offset, and the positions of trailing removed words (stop words),
        // which the indexer adds before the next value of the same field.
        stream.End();
        _finalOffset = offsets.EndOffset;
        _finalIncrement = increment.PositionIncrement;
        return this;
    }

    private void Add(char[] term, int length, int increment, int start, int end)
    {
        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        if ((Count + 1) * Stride > _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        Array.Copy(term, 0, _chars, _charCount, length);
        var at = Count * Stride;
        (_tokens[at], _tokens[at + 1], _tokens[at + 2], _tokens[at + 3], _tokens[at + 4]) = (_charCount, length, increment, start, end);
        _charCount += length;
        Count++;
    }

    /// <summary>A stream over kept tokens; <see cref="Kept"/> can be pointed at others, so a chain over it is built once and reused.</summary>
    internal sealed class ReplayStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offsets;
        private int _next;

        public required AnalyzedTokens Kept { private get; set; }

        public ReplayStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offsets = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= Kept.Count)
            {
                return false;
            }

            ClearAttributes();
            var at = _next * Stride;
            var t = Kept._tokens;
            _term.CopyBuffer(Kept._chars, t[at], t[at + 1]);
            _increment.PositionIncrement = t[at + 2];
            _offsets.SetOffset(t[at + 3], t[at + 4]);
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            _increment.PositionIncrement = Kept._finalIncrement;
            _offsets.SetOffset(Kept._finalOffset, Kept._finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
