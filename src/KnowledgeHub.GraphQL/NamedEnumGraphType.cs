using GraphQL.Types;

namespace KnowledgeHub.GraphQL;

/// <summary>
/// An enum graph type with its schema name and description given where it is declared; the values
/// are GraphQL.NET's (the enum's members in CONSTANT_CASE).
/// </summary>
public abstract class NamedEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected NamedEnumGraphType(string name, string description)
    {
        Name = name;
        Description = description;
    }
}
