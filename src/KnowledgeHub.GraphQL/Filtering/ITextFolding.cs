using System.Linq.Expressions;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>
/// How the text filters ignore case: a function the query provider can translate (the database's
/// own), applied to the column, and the same function applied to the searched text in .NET.
/// </summary>
public interface ITextFolding
{
    Expression Fold(Expression text);

    string? Fold(string? text);
}
