using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Tests.Search.Oracles;

/// <summary>
/// The test oracle for facet counts (the search counts from bitsets, Ranking/FacetValues): per
/// segment it counts ordinals of the "value␟label" doc values, and turns them into strings once
/// per segment, not once per document.
/// </summary>
public sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _totals = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    private readonly int[][] _counts = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Counting needs no scores.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < fields.Count; f++)
        {
            _values[f] = context.AtomicReader.GetSortedSetDocValues(SearchFields.FacetOf(fields[f]));
            _counts[f] = new int[_values[f]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _counts[f][ord]++;
            }
        }
    }

    /// <summary>The counts, most frequent first, then by label.</summary>
    public IReadOnlyList<FacetResult> Results()
    {
        Flush();
        return fields.Select(f => FacetResult.From(f, _totals[f].Select(kv => (kv.Key, kv.Value)))).ToList();
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            for (var ord = 0; values is not null && ord < _counts[f].Length; ord++)
            {
                if (_counts[f][ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                _totals[fields[f]][key] = _totals[fields[f]].GetValueOrDefault(key) + _counts[f][ord];
                _counts[f][ord] = 0;
            }

            _values[f] = null;
        }
    }
}
