using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>
/// Caps the size of one <c>where</c>: a filter with thousands of conditions or list values
/// would hit the database's expression or parameter limits and fail as a 500.
/// </summary>
public sealed class FilterBudget
{
    public const int MaxConditions = 100;
    public const int MaxListValues = 500;

    private int _conditions;

    public void Spend()
    {
        if (++_conditions > MaxConditions)
        {
            throw FilterError.Invalid($"A filter may have at most {MaxConditions} conditions.");
        }
    }

    public void CheckList(string operation, int count)
    {
        if (count > MaxListValues)
        {
            throw FilterError.Invalid($"`{operation}` takes at most {MaxListValues} values; {count} were given.");
        }
    }
}
