using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace KnowledgeHub.Search.Documents;

/// <summary>
/// Indexed fields of one value — ids, facet values, keys (as <see cref="StringField"/>) and
/// numbers (as <see cref="Int32Field"/>) — whose token stream is one per thread, pointed at each
/// value in turn: Lucene's own fields make a stream per field instance, a dozen or more per
/// document, and each new stream's attributes take a lock in Lucene's attribute factory (the
/// largest wait of a rebuild's writing thread) and leave garbage. The writer inverts one field
/// instance at a time, so one stream per thread is never read twice at once. Indexed as Lucene's.
/// </summary>
internal static class ValueFields
{
    public static Field String(string name, string value, Field.Store store) =>
        new StringValue(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED);

    public static Field Int32(string name, int value) => new Int32Value(name, value);

    private sealed class StringValue(string name, string value, FieldType type) : Field(name, value, type)
    {
        [ThreadStatic]
        private static SingleToken? t_stream;

        public override TokenStream GetTokenStream(Analyzer analyzer) => (t_stream ??= new SingleToken()).Of(GetStringValue());
    }

    private sealed class Int32Value : Field
    {
        [ThreadStatic]
        private static NumericTokenStream? t_stream;

        public Int32Value(string name, int value) : base(name, Int32Field.TYPE_NOT_STORED) => FieldsData = J2N.Numerics.Int32.GetInstance(value);

        public override TokenStream GetTokenStream(Analyzer analyzer) =>
            (t_stream ??= new NumericTokenStream(Int32Field.TYPE_NOT_STORED.NumericPrecisionStep)).SetInt32Value(GetInt32Value()!.Value);
    }

    /// <summary>The whole value as one term, as Lucene's stream for an untokenized field gives it.</summary>
    private sealed class SingleToken : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offsets;
        private string _value = "";
        private bool _used;

        public SingleToken()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offsets = AddAttribute<IOffsetAttribute>();
        }

        public SingleToken Of(string value)
        {
            _value = value;
            return this;
        }

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_value);
            _offsets.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offsets.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            _used = false;
        }
    }
}
