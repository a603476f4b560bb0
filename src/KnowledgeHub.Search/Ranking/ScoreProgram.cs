namespace KnowledgeHub.Search.Ranking;

/// <summary>
/// A <see cref="ScoreTree"/> flattened into steps in post-order, run over a batch of documents at
/// once: each step is a tight loop over the batch's columns rather than a walk of the tree per
/// document. The arithmetic is the tree's, in the same order.
/// </summary>
public sealed class ScoreProgram
{
    private readonly Step[] _steps;
    private readonly int _depth;

    internal ScoreProgram(IReadOnlyList<Step> steps)
    {
        _steps = [.. steps];
        var depth = 0;
        foreach (var step in _steps)
        {
            depth += 1 - step.Children;
            _depth = Math.Max(_depth, depth);
        }
    }

    internal enum Kind
    {
        Leaf,
        Max,
        Sum,
    }

    /// <summary>
    /// One step: a leaf's column times its boost; or the best of the last <see cref="Children"/>
    /// results plus the tie-breaker share of the rest; or a boolean query's sum over its last
    /// results — <see cref="Required"/>, then <see cref="Optional"/>, then the prohibited ones.
    /// </summary>
    internal sealed record Step(Kind Kind, int Children, int Leaf = 0, float Factor = 1, int Required = 0, int Optional = 0, float[]? Coord = null);

    /// <summary>
    /// Scores <paramref name="count"/> documents whose leaf scores are <paramref name="columns"/>
    /// (one column per leaf, 0 where it does not match) into <paramref name="scores"/>, NaN for a
    /// document the query does not match. With <paramref name="bound"/> the columns are upper
    /// bounds of documents known to match, and exclusions are not applied: the result is the
    /// most such a document can score.
    /// </summary>
    /// <param name="workspace">The arrays the run works in, kept by the caller across the runs of one search; a new one if none.</param>
    public void Run(float[][] columns, int count, float[] scores, bool bound = false, Workspace? workspace = null)
    {
        workspace ??= new Workspace();
        workspace.Ensure(_depth, count);
        var values = workspace.Values;
        var matched = workspace.Matched;

        var top = 0;
        foreach (var step in _steps)
        {
            var first = top - step.Children;
            switch (step.Kind)
            {
                case Kind.Leaf:
                    Leaf(columns[step.Leaf], step.Factor, values[top], matched[top], count);
                    break;
                case Kind.Max:
                    Max(values, matched, first, step.Children, step.Factor, count);
                    break;
                default:
                    Sum(values, matched, first, step, count, bound);
                    break;
            }

            top = first + 1;
        }

        for (var d = 0; d < count; d++)
        {
            scores[d] = matched[0][d] ? values[0][d] : float.NaN;
        }
    }

    /// <summary>
    /// A run's stack of intermediate columns. Every slot a step reads was written earlier in the
    /// same run, so what an earlier run left in it does no harm.
    /// </summary>
    public sealed class Workspace
    {
        internal float[][] Values { get; private set; } = [];

        internal bool[][] Matched { get; private set; } = [];

        internal void Ensure(int depth, int count)
        {
            if (Values.Length >= depth && (depth == 0 || Values[0].Length >= count))
            {
                return;
            }

            var size = Math.Max(count, Values.Length > 0 ? Values[0].Length : 0);
            Values = new float[Math.Max(depth, Values.Length)][];
            Matched = new bool[Values.Length][];
            for (var i = 0; i < Values.Length; i++)
            {
                Values[i] = new float[size];
                Matched[i] = new bool[size];
            }
        }
    }

    private static void Leaf(float[] column, float boost, float[] values, bool[] matched, int count)
    {
        for (var d = 0; d < count; d++)
        {
            values[d] = column[d] * boost;
            matched[d] = column[d] > 0;
        }
    }

    private static void Max(float[][] values, bool[][] matched, int first, int children, float tie, int count)
    {
        for (var d = 0; d < count; d++)
        {
            var any = false;
            float max = 0, sum = 0;
            for (var c = first; c < first + children; c++)
            {
                if (!matched[c][d])
                {
                    continue;
                }

                var score = values[c][d];
                max = any ? Math.Max(max, score) : score;
                sum += score;
                any = true;
            }

            values[first][d] = max + ((sum - max) * tie);
            matched[first][d] = any;
        }
    }

    private static void Sum(float[][] values, bool[][] matched, int first, Step step, int count, bool bound)
    {
        var prohibited = first + step.Required + step.Optional;
        var end = bound ? prohibited : first + step.Children;
        for (var d = 0; d < count; d++)
        {
            var excluded = false;
            for (var c = prohibited; c < end && !excluded; c++)
            {
                excluded = matched[c][d];
            }

            float sum = 0;
            var overlap = 0;
            for (var c = first; c < prohibited && !excluded; c++)
            {
                if (matched[c][d])
                {
                    sum += values[c][d];
                    overlap++;
                }
                else if (c < first + step.Required)
                {
                    excluded = true;
                }
            }

            values[first][d] = excluded ? 0 : sum * step.Coord![overlap];
            matched[first][d] = !excluded && overlap > 0;
        }
    }
}
