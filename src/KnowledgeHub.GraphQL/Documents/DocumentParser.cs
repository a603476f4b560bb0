using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Limits;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>
/// Turns document text into a parsed, measured document, refusing it as early and as cheaply as
/// possible: length first, then a token count (lexing only), then parsing with a recursion limit
/// (a deeply nested document must never reach a stack overflow), then the shape limits.
/// </summary>
public static class DocumentParser
{
    /// <summary>AST recursion the parser allows; far above what <see cref="LimitsOptions.MaxDepth"/> lets through.</summary>
    public const int ParserMaxDepth = 128;

    public static void CheckLength(string text, LimitsOptions limits)
    {
        if (text.Length > limits.MaxDocumentLength)
        {
            throw LimitError.DocumentTooLarge(
                $"The document is {text.Length} characters long; the limit is {limits.MaxDocumentLength}.");
        }
    }

    public static CachedDocument Parse(string hash, string text, LimitsOptions limits)
    {
        CountTokens(text, limits.MaxTokens);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = ParserMaxDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw LimitError.MaxDepthExceeded(
                $"The document is nested more than {ParserMaxDepth} syntax levels deep; the depth limit is {limits.MaxDepth} fields.");
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            throw new SyntaxError(ex);
        }

        var shape = DocumentShape.Measure(document);
        CheckShape(shape, limits);
        return new CachedDocument(hash, text, document, shape);
    }

    /// <summary>Rechecked on every cache hit too, so lowering a limit at run time takes effect at once.</summary>
    public static void CheckShape(DocumentShape shape, LimitsOptions limits)
    {
        if (shape.Depth > limits.MaxDepth)
        {
            throw LimitError.MaxDepthExceeded( $"The document is {shape.Depth} fields deep; the limit is {limits.MaxDepth}.");
        }

        if (shape.Fields > limits.MaxFields)
        {
            throw LimitError.TooManyFields(
                $"The document selects {Describe(shape.Fields)} fields with its fragments expanded; the limit is {limits.MaxFields}.");
        }

        if (shape.Aliases > limits.MaxAliases)
        {
            throw LimitError.TooManyAliases(
                $"The document uses {Describe(shape.Aliases)} aliases with its fragments expanded; the limit is {limits.MaxAliases}.");
        }
    }

    private static void CountTokens(string text, int maxTokens)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return;
                }

                // Comments are skipped by the parser, so they cost nothing later either.
                if (token.Kind != TokenKind.COMMENT && ++count > maxTokens)
                {
                    throw LimitError.TooManyTokens($"The document has more than {maxTokens} tokens; the limit is {maxTokens}.");
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            throw new SyntaxError(ex);
        }
    }

    private static string Describe(long count) => count == long.MaxValue ? "too many" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
