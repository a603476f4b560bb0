using System.Buffers;
using System.Runtime.InteropServices;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Ranking;

/// <summary>What a relevance search found: the total, the best hits and the set of all matches (for facets).</summary>
/// <param name="Scored">How many matches were scored in full: all of them unless pruning decided sooner.</param>
public sealed record RankedResult(int TotalHits, IReadOnlyList<RankedHit> Hits, FixedBitSet Matches, int Scored);

/// <summary>
/// A relevance search that does not score every match. The matches are bit operations over each
/// leaf's kept documents (so the total and the facets are exact and cheap), and the best hits come
/// from MaxScore pruning (<see cref="Walk"/>): only documents that match a leaf strong enough to
/// matter are candidates, whole groups of them and whole blocks of records are skipped when even
/// their best case cannot beat the page, and the rest are scored from the kept scores. Lucene.Net
/// 4.8 has no block-max pruning of its own; without this every one of ~95,000 matches of three
/// common words is scored. When the matches are few, or pruning would not pay, every match is
/// scored from the same kept scores, so the answer is the same either way.
/// </summary>
public static class RankedSearch
{
    /// <summary>Matches this few are scored one by one rather than walked to.</summary>
    private const int ScoreAllBelow = 2048;

    /// <summary>Slack for float rounding between a bound and the scores it bounds.</summary>
    private const float Margin = 1.0001f;

    private const int Batch = ScoreBuffers.Batch;

    /// <summary>Essential leaves at most; each doubles the table of what a match pattern can reach.</summary>
    private const int MaxEssential = 12;

    /// <summary>How often a pass may start over from a higher threshold.</summary>
    private const int MaxRounds = 8;

    /// <param name="scratch">Where the search's bitsets come from; the result's matches are good until it is disposed.</param>
    /// <param name="pruning">False scores every match: only to measure what pruning is worth.</param>
    public static RankedResult Search(IndexSearcher searcher, ScoreTree tree, ReaderCache cache, FixedBitSet allowed, int wanted, ScratchBits scratch, bool pruning = true)
    {
        var leaves = tree.Leaves.Select(l => cache.Leaf(searcher, l)).ToArray();
        var matches = tree.Matches(i => leaves[i].Matches, scratch);
        matches.And(allowed);
        var total = (int)matches.Cardinality;
        var heap = new HitHeap(Math.Max(1, Math.Min(wanted, total)));
        if (total == 0)
        {
            return new RankedResult(0, [], matches, 0);
        }

        var ids = cache.RecordIdsByDoc;
        var buffers = new ScoreBuffers(leaves.Length);
        var scored = total <= ScoreAllBelow || !pruning ? -1 : Walk(tree, leaves, matches, total, ids, heap, wanted, scratch, buffers);
        if (scored < 0)
        {
            scored = total;
            heap = new HitHeap(Math.Max(1, Math.Min(wanted, total)));
            ScoreAll(tree, leaves, matches, ids, heap, buffers);
        }

        return new RankedResult(total, heap.Hits(0), matches, scored);
    }

    /// <summary>
    /// Another order's page (newest, title): the same matches, total and facets as a relevance
    /// search, the page put in order by Lucene's field sort over those matches, and each of its
    /// hits scored from the same kept scores as a relevance search would score it.
    /// </summary>
    public static RankedResult Sorted(IndexSearcher searcher, ScoreTree tree, ReaderCache cache, FixedBitSet allowed, int wanted, Sort sort, ScratchBits scratch)
    {
        var leaves = tree.Leaves.Select(l => cache.Leaf(searcher, l)).ToArray();
        var matches = tree.Matches(i => leaves[i].Matches, scratch);
        matches.And(allowed);
        var total = (int)matches.Cardinality;
        if (total == 0)
        {
            return new RankedResult(0, [], matches, 0);
        }

        var top = TopFieldCollector.Create(sort, Math.Max(1, Math.Min(wanted, total)), fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(new ConstantScoreQuery(new ReaderBitsFilter(matches)), top);
        var page = top.GetTopDocs().ScoreDocs.Select(d => d.Doc).ToArray();
        var ids = cache.RecordIdsByDoc;
        var batch = new HitHeap(Math.Max(1, page.Length));
        ScoreInto(tree, leaves, page.Order().ToArray(), ids, batch, new ScoreBuffers(leaves.Length));
        var scores = batch.Hits(0).ToDictionary(h => h.Doc, h => h.Score);
        return new RankedResult(total, page.Select(d => new RankedHit(d, scores.GetValueOrDefault(d, float.NaN), ids[d])).ToList(), matches, page.Length);
    }

    /// <summary>
    /// The pruned pass: how many documents it scored, or -1 when pruning cannot pay. First the best
    /// few documents of every leaf are scored, which gives a score the final page must beat. The
    /// leaves that cannot lift a document past it even together (by the query's own arithmetic
    /// over their best scores) are non-essential: a document matching none of the others cannot
    /// make the page, so only documents matching an essential leaf are candidates (MaxScore).
    /// Candidates are grouped by which essential leaves they match, the most promising group first;
    /// a group whose best case cannot beat the page's worst hit is skipped whole, a large one is
    /// first thinned by block maxima (<see cref="WithinReach"/>), and when the page's worst hit
    /// rises far enough to drop an essential leaf, the pass starts over with fewer candidates.
    /// </summary>
    private static int Walk(ScoreTree tree, LeafScores[] leaves, FixedBitSet matches, int total, int[] ids, HitHeap heap, int wanted, ScratchBits scratch, ScoreBuffers buffers)
    {
        var scoring = tree.Leaves.Where(l => l.Scoring && leaves[l.Index].Count > 0).Select(l => l.Index).ToArray();
        var seen = scratch.Rent();
        var first = Math.Max(16, wanted * 2);
        var fresh = new List<int>(scoring.Length * first);
        foreach (var i in scoring)
        {
            // Under a narrow filter most of a leaf's best documents are filtered out: read on
            // until this leaf has given its share of matches (or its list ends).
            var top = leaves[i].TopDocs;
            for (int at = 0, found = 0; at < top.Length && found < first; at++)
            {
                if (matches.Get(top[at]))
                {
                    found++;
                    if (!seen.GetAndSet(top[at]))
                    {
                        fresh.Add(top[at]);
                    }
                }
            }
        }

        fresh.Sort();
        ScoreInto(tree, leaves, CollectionsMarshal.AsSpan(fresh), ids, heap, buffers);
        if (!heap.IsFull)
        {
            return -1;
        }

        var best = new float[leaves.Length];
        foreach (var i in scoring)
        {
            best[i] = leaves[i].TopScores[0];
        }

        // Each round works from the page's current worst score; when scoring lifts it enough, the
        // next round has fewer essential leaves and so fewer candidates.
        for (var round = 0; ; round++)
        {
            var threshold = heap.Worst.Score;
            var essential = Essential(tree, leaves, scoring, best, threshold / Margin, buffers);
            if (essential.Length > MaxEssential)
            {
                return -1;
            }

            var reach = Reach(tree, essential, best, buffers);
            var sets = essential.Select(i => leaves[i].Matches).ToArray();
            var candidates = scratch.Rent();
            foreach (var set in sets)
            {
                candidates.Or(set);
            }

            candidates.And(matches);
            candidates.AndNot(seen);
            var count = (int)candidates.Cardinality;
            if (count > total / 2)
            {
                return -1;
            }

            // Candidates by which essential leaves they match, the most promising pattern first.
            var grouped = ArrayPool<int>.Shared.Rent(count);
            var lifted = false;
            try
            {
                var starts = Group(candidates, sets, reach.Length, grouped, count);
                foreach (var mask in Enumerable.Range(0, reach.Length).Where(m => starts[m + 1] > starts[m]).OrderByDescending(m => reach[m]))
                {
                    if (reach[mask] * Margin < heap.Worst.Score)
                    {
                        break;
                    }

                    var docs = grouped.AsSpan(starts[mask], starts[mask + 1] - starts[mask]);
                    foreach (var doc in docs)
                    {
                        seen.Set(doc);
                    }

                    if (docs.Length >= Batch)
                    {
                        docs = docs[..WithinReach(tree, leaves, essential, mask, docs, heap.Worst.Score / Margin, buffers)];
                    }

                    ScoreInto(tree, leaves, docs, ids, heap, buffers);

                    // Start over only when the higher threshold leaves fewer essential leaves: the
                    // candidates are then fewer; otherwise go on with the next pattern.
                    if (heap.Worst.Score > threshold && round < MaxRounds &&
                        Essential(tree, leaves, scoring, best, heap.Worst.Score / Margin, buffers).Length < essential.Length)
                    {
                        lifted = true;
                        break;
                    }
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(grouped);
            }

            if (!lifted)
            {
                return seen.Cardinality;
            }
        }
    }

    /// <summary>
    /// The candidates in groups by which essential leaves they match (bit e for
    /// <paramref name="sets"/>[e]), each group ascending: group m is
    /// <paramref name="grouped"/>[starts[m]..starts[m + 1]], and the starts are returned.
    /// </summary>
    private static int[] Group(FixedBitSet candidates, FixedBitSet[] sets, int patterns, int[] grouped, int count)
    {
        var docs = ArrayPool<int>.Shared.Rent(count);
        var masks = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var starts = new int[patterns + 1];
            var n = 0;
            for (var doc = NextSet(candidates, 0); doc >= 0; doc = NextSet(candidates, doc + 1))
            {
                var mask = 0;
                for (var e = 0; e < sets.Length; e++)
                {
                    mask |= sets[e].Get(doc) ? 1 << e : 0;
                }

                docs[n] = doc;
                masks[n++] = mask;
                starts[mask + 1]++;
            }

            for (var m = 0; m < patterns; m++)
            {
                starts[m + 1] += starts[m];
            }

            var next = starts[..^1];
            for (var d = 0; d < n; d++)
            {
                grouped[next[masks[d]]++] = docs[d];
            }

            return starts;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(docs);
            ArrayPool<int>.Shared.Return(masks);
        }
    }

    /// <summary>
    /// Keeps, at the front of <paramref name="docs"/>, the documents of a pattern whose block could
    /// still beat <paramref name="threshold"/>, and returns how many: each leaf at its best within
    /// the document's block of 128, essential leaves the pattern lacks at 0. One bound per block,
    /// run over all the pattern's blocks at once.
    /// </summary>
    private static int WithinReach(ScoreTree tree, LeafScores[] leaves, int[] essential, int mask, Span<int> docs, float threshold, ScoreBuffers buffers)
    {
        var blocks = buffers.Blocks(docs.Length);
        var count = 0;
        foreach (var doc in docs)
        {
            var block = doc >> LeafScores.BlockShift;
            if (count == 0 || blocks[count - 1] != block)
            {
                blocks[count++] = block;
            }
        }

        var columns = buffers.BoundColumns(count);
        for (var i = 0; i < leaves.Length; i++)
        {
            var column = columns[i];
            var e = Array.IndexOf(essential, i);
            if (!tree.Leaves[i].Scoring || (e >= 0 && (mask & (1 << e)) == 0))
            {
                Array.Clear(column, 0, count);
                continue;
            }

            var max = leaves[i].BlockMax;
            for (var b = 0; b < count; b++)
            {
                column[b] = max[blocks[b]];
            }
        }

        var reach = buffers.Bounds(count);
        tree.Program.Run(columns, count, reach, bound: true, buffers.Workspace);
        var kept = 0;
        var at = 0;
        foreach (var doc in docs)
        {
            while (blocks[at] != doc >> LeafScores.BlockShift)
            {
                at++;
            }

            if (!(reach[at] < threshold))
            {
                docs[kept++] = doc;
            }
        }

        return kept;
    }

    /// <summary>The most a document can score given which essential leaves it matches (bit e for essential[e]), every other leaf at its best.</summary>
    private static float[] Reach(ScoreTree tree, int[] essential, float[] best, ScoreBuffers buffers)
    {
        var reach = new float[1 << essential.Length];
        var bounds = (float[])best.Clone();
        for (var mask = 0; mask < reach.Length; mask++)
        {
            for (var e = 0; e < essential.Length; e++)
            {
                bounds[essential[e]] = (mask & (1 << e)) != 0 ? best[essential[e]] : 0;
            }

            reach[mask] = Bound(tree, bounds, buffers);
        }

        return reach;
    }

    /// <summary>The most a document can score when no leaf scores more than <paramref name="leafBounds"/> (0: the leaf cannot match it).</summary>
    private static float Bound(ScoreTree tree, float[] leafBounds, ScoreBuffers buffers)
    {
        var columns = buffers.BoundColumns(1);
        for (var i = 0; i < leafBounds.Length; i++)
        {
            columns[i][0] = leafBounds[i];
        }

        var bound = buffers.Bounds(1);
        tree.Program.Run(columns, 1, bound, bound: true, buffers.Workspace);
        return float.IsNaN(bound[0]) ? 0 : bound[0];
    }

    /// <summary>
    /// The leaves a document must match to beat <paramref name="threshold"/>. The others together,
    /// at their best, cannot reach it; they are chosen by how little each can add per document it
    /// matches, so common words with low scores (body text) go first and rare strong ones (a
    /// title phrase) stay essential: candidates are then few.
    /// </summary>
    private static int[] Essential(ScoreTree tree, LeafScores[] leaves, int[] scoring, float[] best, float threshold, ScoreBuffers buffers)
    {
        // What each leaf adds on top of all the others at their best.
        var bounds = (float[])best.Clone();
        var all = Bound(tree, bounds, buffers);
        var adds = scoring.ToDictionary(i => i, i =>
        {
            bounds[i] = 0;
            var without = Bound(tree, bounds, buffers);
            bounds[i] = best[i];
            return all - without;
        });

        Array.Clear(bounds);
        var weak = new List<int>();
        foreach (var i in scoring.OrderBy(i => adds[i] / leaves[i].Count))
        {
            bounds[i] = best[i];
            if (Bound(tree, bounds, buffers) > threshold)
            {
                bounds[i] = 0;
                continue;
            }

            weak.Add(i);
        }

        return scoring.Except(weak).ToArray();
    }

    private static int NextSet(FixedBitSet bits, int from) => from < bits.Length ? bits.NextSetBit(from) : -1;

    private static void ScoreAll(ScoreTree tree, LeafScores[] leaves, FixedBitSet matches, int[] ids, HitHeap heap, ScoreBuffers buffers)
    {
        Array.Clear(buffers.Cursors);
        var docs = buffers.Docs;
        var n = 0;
        for (var doc = NextSet(matches, 0); doc >= 0; doc = NextSet(matches, doc + 1))
        {
            docs[n++] = doc;
            if (n == Batch)
            {
                ScoreInto(tree, leaves, docs, ids, heap, buffers, resume: true);
                n = 0;
            }
        }

        ScoreInto(tree, leaves, docs.AsSpan(0, n), ids, heap, buffers, resume: true);
    }

    /// <summary>
    /// Scores <paramref name="docs"/> (ascending), a batch at a time, and offers each to the heap.
    /// With <paramref name="resume"/> the leaves go on from where the previous call left them
    /// (the documents continue the previous call's, ascending).
    /// </summary>
    private static void ScoreInto(ScoreTree tree, LeafScores[] leaves, ReadOnlySpan<int> docs, int[] ids, HitHeap heap, ScoreBuffers buffers, bool resume = false)
    {
        var cursors = buffers.Cursors;
        if (!resume)
        {
            Array.Clear(cursors);
        }

        var columns = buffers.Columns;
        var scores = buffers.Scores;
        for (var from = 0; from < docs.Length; from += Batch)
        {
            var batch = docs.Slice(from, Math.Min(Batch, docs.Length - from));
            for (var i = 0; i < leaves.Length; i++)
            {
                leaves[i].Fill(batch, columns[i].AsSpan(0, batch.Length), ref cursors[i]);
            }

            tree.Program.Run(columns, batch.Length, scores, workspace: buffers.Workspace);
            for (var d = 0; d < batch.Length; d++)
            {
                if (!float.IsNaN(scores[d]) && heap.Competes(scores[d]))
                {
                    heap.Offer(new RankedHit(batch[d], scores[d], ids[batch[d]]));
                }
            }
        }
    }
}
