using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>HotChocolate's <c>XOperationFilterInput</c> for an enum: eq, neq, in, nin.</summary>
public sealed class EnumOperationFilterInputGraphType<TEnum, TEnumGraphType> : OperationFilterInputGraphType<TEnum>
    where TEnum : struct, Enum
    where TEnumGraphType : EnumerationGraphType<TEnum>
{
    public EnumOperationFilterInputGraphType(TEnumGraphType enumType)
    {
        Name = $"{enumType.Name}OperationFilterInput";
        Description = $"Conditions on a {enumType.Name} value.";
        Field<TEnumGraphType>("eq").Description("Equals (null: has no value).");
        Field<TEnumGraphType>("neq").Description("Does not equal.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("Equals one of these.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin").Description("Equals none of these.");
    }
}
