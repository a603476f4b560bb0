using System.Globalization;
using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Scalars;

/// <summary>
/// <c>DateTime</c> always written in UTC with <c>Z</c>, as HotChocolate writes it. The database
/// hands back UTC values without a kind (SQLite), which GraphQL.NET wrote without an offset, and
/// browsers read such a value as local time. Input is parsed as before: an offset is converted to
/// UTC, a value without one is taken as UTC.
/// </summary>
public sealed class DateTimeScalarGraphType : DateTimeGraphType
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH':'mm':'ss.FFFFFFF'Z'";

    public DateTimeScalarGraphType()
    {
        Name = "DateTime";
        Description = "The `DateTime` scalar represents an instant as an ISO-8601 date and time (RFC 3339 date-time). Answers are always in UTC, ending in `Z`; input may carry any offset.";
        this.SpecifiedBy(ScalarSpecifications.DateTime);
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTime time => AsUtc(time).ToString(UtcFormat, CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture),
        _ => base.Serialize(value),
    };

    /// <summary>Every stored time is UTC; a value without a kind is one read back from SQLite.</summary>
    private static DateTime AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
