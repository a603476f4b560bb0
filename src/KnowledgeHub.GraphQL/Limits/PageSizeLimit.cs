using GraphQL.Validation;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Paging;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Limits;

/// <summary>
/// `first`/`last` over the maximum page size, checked with the arguments' values (literal or from
/// variables) before the complexity is: the same request error either way. Checked only later, a
/// literal `first: 1000` was refused for its complexity (400) and the same number in a variable for
/// its page size while executing (200).
/// </summary>
public static class PageSizeLimit
{
    private static readonly string[] PageArguments = ["first", "last"];

    public static LimitError? Check(ValidationContext context)
    {
        var max = context.RequestServices?.GetService<IOptions<PagingOptions>>()?.Value.MaxPageSize ?? new PagingOptions().MaxPageSize;
        if (context.ArgumentValues is not { } fields)
        {
            return null;
        }

        foreach (var arguments in fields.Values)
        {
            foreach (var name in PageArguments)
            {
                var size = arguments.TryGetValue(name, out var argument) ? argument.Value as int? : null;
                if (size > max)
                {
                    return LimitError.PageSizeTooLarge($"`{name}` is {size}; the maximum page size is {max}.");
                }
            }
        }

        return null;
    }
}
