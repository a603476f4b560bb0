namespace KnowledgeHub.Search.Ranking;

/// <summary>
/// The arrays one search scores in, made once per search and reused by every batch, group and
/// block bound of it. A broad search at 100k used to allocate about a megabyte of such arrays
/// (a score column per leaf per batch, a list per match pattern, the block bounds of each large
/// group); under concurrent load that was garbage collection on every core. Bounds (of blocks,
/// of match patterns, of one case) are worked out in the bound columns one after another.
/// </summary>
internal sealed class ScoreBuffers
{
    /// <summary>Documents scored at once: the columns' length.</summary>
    public const int Batch = 512;

    private readonly float[][] _boundColumns;
    private int[] _blocks = [];
    private float[] _bounds = [];

    public ScoreBuffers(int leaves)
    {
        Columns = new float[leaves][];
        _boundColumns = new float[leaves][];
        for (var i = 0; i < leaves; i++)
        {
            Columns[i] = new float[Batch];
            _boundColumns[i] = [];
        }

        Cursors = new int[leaves];
    }

    /// <summary>One score column per leaf, <see cref="Batch"/> long.</summary>
    public float[][] Columns { get; }

    public float[] Scores { get; } = new float[Batch];

    /// <summary>Documents gathered for the next batch.</summary>
    public int[] Docs { get; } = new int[Batch];

    /// <summary>Each leaf's position in its sorted documents, carried between ascending batches.</summary>
    public int[] Cursors { get; }

    public ScoreProgram.Workspace Workspace { get; } = new();

    /// <summary>Room for <paramref name="size"/> block numbers.</summary>
    public int[] Blocks(int size) => _blocks.Length >= size ? _blocks : _blocks = new int[size];

    /// <summary>One bound column per leaf with room for <paramref name="size"/> cases.</summary>
    public float[][] BoundColumns(int size)
    {
        for (var i = 0; i < _boundColumns.Length; i++)
        {
            if (_boundColumns[i].Length < size)
            {
                _boundColumns[i] = new float[size];
            }
        }

        return _boundColumns;
    }

    public float[] Bounds(int size) => _bounds.Length >= size ? _bounds : _bounds = new float[size];
}
