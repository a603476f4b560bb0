using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Scalars;

/// <summary>GraphQL.NET's <c>Long</c> with the description and specification HotChocolate gives it.</summary>
public sealed class LongScalarGraphType : LongGraphType
{
    public LongScalarGraphType()
    {
        Name = "Long";
        Description = "The `Long` scalar represents a signed 64-bit whole number, between -(2^63) and 2^63 - 1.";
        this.SpecifiedBy(ScalarSpecifications.Long);
    }
}
