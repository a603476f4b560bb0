using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Scalars;

/// <summary>
/// <c>Date</c> over <see cref="DateOnly"/>, the type the data layer reads dates as. GraphQL.NET's
/// <see cref="DateGraphType"/> serialises only <see cref="DateTime"/>: every non-null date failed.
/// </summary>
public sealed class DateScalarGraphType : DateGraphType
{
    public DateScalarGraphType()
    {
        Name = "Date";
        Description = "The `Date` scalar represents an ISO-8601 calendar date without time or time zone, written `YYYY-MM-DD` (RFC 3339 full-date).";
        this.SpecifiedBy(ScalarSpecifications.Date);
    }

    public override object? Serialize(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => base.Serialize(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => AsDate(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => value is DateOnly ? value : AsDate(base.ParseValue(value));

    private static object? AsDate(object? parsed) => parsed is DateTime time ? DateOnly.FromDateTime(time) : parsed;
}
