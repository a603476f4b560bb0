using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Scalars;

/// <summary>
/// The spec's <c>@specifiedBy</c> (October 2021), which GraphQL.NET 8 does not define: without the
/// definition the applied directive would not validate.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";
    public const string Url = "url";

    public SpecifiedByDirective() : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = Url, Description = "The URL that specifies the behaviour of this scalar." });
    }
}
