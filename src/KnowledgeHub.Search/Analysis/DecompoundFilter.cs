using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// Emits a compound's parts after the compound itself, at the same position and with the
/// compound's offsets, so "forebyggelse" finds "forebyggelsesstrategi" and a highlight marks
/// the whole word. Used at index time only: a query for a compound still wants the compound.
/// A part keeps every other attribute as the compound left it (offsets, type): the only filter
/// after this one, the stemmer, changes the term alone, which each part sets anew. So no state is
/// captured and restored: that copied every attribute of every compound, most of the analysis' garbage.
/// </summary>
public sealed class DecompoundFilter : TokenFilter
{
    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();

    public DecompoundFilter(TokenStream input, CompoundSplitter splitter) : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        foreach (var part in _splitter.Split(_term.Buffer.AsSpan(0, _term.Length)))
        {
            _pending.Enqueue(part);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}
