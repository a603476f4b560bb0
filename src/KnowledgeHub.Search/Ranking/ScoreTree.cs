using KnowledgeHub.Search.Searching;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Ranking;

/// <summary>
/// A rewritten query's scoring structure, the same arithmetic as Lucene's scorers: a boolean query
/// sums its matching clauses and multiplies by its coordination factor, a disjunction-max takes
/// the best clause plus the tie-breaker share of the others, and every other query is a leaf whose
/// score is its score alone (boost 1) times the product of the boosts above it — BM25 and constant
/// scores are linear in the boost, and BM25 ignores the query norm. Knowing this, a search can
/// score any document from its leaves' cached scores, and bound what unseen documents could score
/// (both by <see cref="Program"/>: the arithmetic exists once).
/// </summary>
public sealed class ScoreTree
{
    private readonly Node _root;

    private ScoreTree(Node root, IReadOnlyList<Leaf> leaves)
    {
        _root = root;
        Leaves = leaves;
        var steps = new List<ScoreProgram.Step>();
        root.Compile(steps);
        Program = new ScoreProgram(steps);
    }

    /// <summary>The same scoring, run over a batch of documents at once.</summary>
    public ScoreProgram Program { get; }

    /// <summary>The leaves, numbered as the columns of <see cref="Program"/> are.</summary>
    public IReadOnlyList<Leaf> Leaves { get; }

    /// <summary>The tree of a query rewritten by the searcher.</summary>
    /// <exception cref="InvalidOperationException">
    /// The searcher scores with another similarity than <see cref="SearchSimilarity"/>, or the query
    /// holds something the tree cannot mirror: cached leaf scores would then rank wrongly without a sign.
    /// </exception>
    public static ScoreTree From(Query rewritten, Similarity similarity)
    {
        // Leaf scores are combined by BM25's arithmetic (linear in the boost, no query norm) and
        // SearchSimilarity's coordination factor; any other similarity needs another tree.
        if (similarity.GetType() != typeof(SearchSimilarity))
        {
            throw new InvalidOperationException(
                $"The score tree assumes {nameof(SearchSimilarity)} (BM25 with coordination), but the searcher scores with {similarity.GetType().Name}.");
        }

        var leaves = new List<Leaf>();
        var root = Build(rewritten, 1f, scoring: true, similarity, leaves)
                   ?? throw new InvalidOperationException($"The score tree cannot mirror the query {rewritten} (minimum should-match).");
        return new ScoreTree(root, leaves);
    }

    /// <summary>The documents the query matches, from the documents each leaf matches (shared; never changed here).</summary>
    public FixedBitSet Matches(Func<int, FixedBitSet> leafMatches, ScratchBits scratch) => _root.Matches(leafMatches, scratch);

    private static Node? Build(Query query, float boost, bool scoring, Similarity similarity, List<Leaf> leaves)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                return BuildBoolean(boolean, boost * boolean.Boost, scoring, similarity, leaves);
            case DisjunctionMaxQuery max:
            {
                var children = new List<Node>();
                foreach (var disjunct in max.Disjuncts)
                {
                    if (Build(disjunct, boost * max.Boost, scoring, similarity, leaves) is not { } child)
                    {
                        return null;
                    }

                    children.Add(child);
                }

                return new MaxNode([.. children], max.TieBreakerMultiplier);
            }

            default:
            {
                var unit = (Query)query.Clone();
                unit.Boost = 1f;
                var leaf = new Leaf(leaves.Count, unit, boost * query.Boost, scoring);
                leaves.Add(leaf);
                return new LeafNode(leaf);
            }
        }
    }

    private static Node? BuildBoolean(BooleanQuery query, float boost, bool scoring, Similarity similarity, List<Leaf> leaves)
    {
        if (query.MinimumNumberShouldMatch > 0)
        {
            return null;
        }

        var required = new List<Node>();
        var optional = new List<Node>();
        var prohibited = new List<Node>();
        foreach (var clause in query.Clauses)
        {
            var child = Build(clause.Query, boost, scoring && !clause.IsProhibited, similarity, leaves);
            if (child is null)
            {
                return null;
            }

            (clause.IsRequired ? required : clause.IsProhibited ? prohibited : optional).Add(child);
        }

        // As BooleanWeight: no coordination when disabled or for a single scoring clause.
        var maxCoord = required.Count + optional.Count;
        var coord = new float[maxCoord + 1];
        for (var overlap = 0; overlap <= maxCoord; overlap++)
        {
            coord[overlap] = query.CoordDisabled || maxCoord == 1 ? 1f : similarity.Coord(overlap, maxCoord);
        }

        return new SumNode([.. required], [.. optional], [.. prohibited], coord);
    }

    /// <summary>A query scored on its own; <see cref="Scoring"/> is false under an exclusion.</summary>
    public sealed record Leaf(int Index, Query Unit, float Boost, bool Scoring)
    {
        /// <summary>Identifies the leaf's scores in a cache: the query (boost 1) and its type.</summary>
        public string Key { get; } = Unit.GetType().Name + ":" + Unit;
    }

    private abstract class Node
    {
        /// <summary>Appends this node's steps, children first.</summary>
        public abstract void Compile(List<ScoreProgram.Step> steps);

        /// <summary>A new set the caller may change.</summary>
        public abstract FixedBitSet Matches(Func<int, FixedBitSet> leaves, ScratchBits scratch);

        protected static FixedBitSet Union(IEnumerable<Node> nodes, Func<int, FixedBitSet> leaves, ScratchBits scratch)
        {
            var all = scratch.Rent();
            foreach (var node in nodes)
            {
                all.Or(node is LeafNode leaf ? leaves(leaf.Index) : node.Matches(leaves, scratch));
            }

            return all;
        }
    }

    private sealed class LeafNode(Leaf leaf) : Node
    {
        public int Index => leaf.Index;

        public override void Compile(List<ScoreProgram.Step> steps) => steps.Add(new(ScoreProgram.Kind.Leaf, 0, leaf.Index, leaf.Boost));

        public override FixedBitSet Matches(Func<int, FixedBitSet> leaves, ScratchBits scratch) => scratch.Copy(leaves(leaf.Index));
    }

    private sealed class MaxNode(Node[] children, float tie) : Node
    {
        public override FixedBitSet Matches(Func<int, FixedBitSet> leaves, ScratchBits scratch) => Union(children, leaves, scratch);

        public override void Compile(List<ScoreProgram.Step> steps)
        {
            foreach (var child in children)
            {
                child.Compile(steps);
            }

            steps.Add(new(ScoreProgram.Kind.Max, children.Length, Factor: tie));
        }
    }

    private sealed class SumNode(Node[] required, Node[] optional, Node[] prohibited, float[] coord) : Node
    {
        public override void Compile(List<ScoreProgram.Step> steps)
        {
            foreach (var child in required.Concat(optional).Concat(prohibited))
            {
                child.Compile(steps);
            }

            steps.Add(new(ScoreProgram.Kind.Sum, required.Length + optional.Length + prohibited.Length, Required: required.Length, Optional: optional.Length, Coord: coord));
        }

        public override FixedBitSet Matches(Func<int, FixedBitSet> leaves, ScratchBits scratch)
        {
            FixedBitSet matches;
            if (required.Length == 0)
            {
                matches = Union(optional, leaves, scratch);
            }
            else
            {
                matches = required[0].Matches(leaves, scratch);
                foreach (var child in required.Skip(1))
                {
                    matches.And(child is LeafNode leaf ? leaves(leaf.Index) : child.Matches(leaves, scratch));
                }
            }

            if (prohibited.Length > 0)
            {
                matches.AndNot(Union(prohibited, leaves, scratch));
            }

            return matches;
        }
    }
}
