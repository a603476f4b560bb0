using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>first/after/last/before, checked against the limits before any query runs.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public static PagingArguments From(IResolveFieldContext context, PagingOptions options)
    {
        var args = new PagingArguments(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        args.Check(options);
        return args;
    }

    private void Check(PagingOptions options)
    {
        if (First is not null && Last is not null)
        {
            throw PagingError.InvalidArguments("Pass either `first` or `last`, not both.");
        }

        foreach (var (name, value) in new[] { ("first", First), ("last", Last) })
        {
            if (value < 0)
            {
                throw PagingError.InvalidArguments($"`{name}` must not be negative.");
            }

            if (value > options.MaxPageSize)
            {
                throw PagingError.PageSizeTooLarge(
                    $"`{name}` is {value}; the maximum page size is {options.MaxPageSize}.");
            }
        }
    }

    /// <summary>Adds the four arguments to a connection field.</summary>
    public static FieldBuilder<TSource, object> AddTo<TSource>(FieldBuilder<TSource, object> field) =>
        field
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.");
}
