using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Ranking;

/// <summary>
/// Each facet value of a reader as the set of documents holding it, so a result's counts are
/// bit intersections (a popcount per value) instead of a pass over every hit's doc values.
/// </summary>
public sealed class FacetValues
{
    private readonly IReadOnlyList<(string Field, string[] Keys, FixedBitSet[] Docs)> _fields;

    private FacetValues(IReadOnlyList<(string, string[], FixedBitSet[])> fields) => _fields = fields;

    public static FacetValues Build(IndexReader reader)
    {
        var fields = new List<(string, string[], FixedBitSet[])>();
        foreach (var field in RecordSearcher.FacetFields)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var docs = new List<FixedBitSet>();
            var bytes = new BytesRef();
            foreach (var context in reader.Leaves)
            {
                var values = context.AtomicReader.GetSortedSetDocValues(SearchFields.FacetOf(field));
                if (values is null)
                {
                    continue;
                }

                // Ordinals are per segment: name each once, then map it to the reader-wide value.
                var global = new int[values.ValueCount];
                for (var ord = 0; ord < global.Length; ord++)
                {
                    values.LookupOrd(ord, bytes);
                    var key = bytes.Utf8ToString();
                    if (!index.TryGetValue(key, out var at))
                    {
                        index[key] = at = docs.Count;
                        docs.Add(new FixedBitSet(reader.MaxDoc));
                    }

                    global[ord] = at;
                }

                for (var doc = 0; doc < context.AtomicReader.MaxDoc; doc++)
                {
                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        docs[global[ord]].Set(context.DocBase + doc);
                    }
                }
            }

            fields.Add((field, index.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray(), docs.ToArray()));
        }

        return new FacetValues(fields);
    }

    /// <summary>The counts over <paramref name="matches"/>, most frequent first, then by label; values no match holds are left out.</summary>
    public IReadOnlyList<FacetResult> Count(FixedBitSet matches) => _fields.Select(f => FacetResult.From(f.Field,
        f.Keys.Select((key, i) => (key, (int)FixedBitSet.IntersectionCount(matches, f.Docs[i]))).Where(c => c.Item2 > 0))).ToList();
}
