using KnowledgeHub.GraphQL.Filtering;
using System.Linq.Expressions;
using KnowledgeHub.Data;

namespace KnowledgeHub.Api.GraphQL.Filtering;

/// <summary>The text filters fold case with <see cref="TextFolding"/>, which the data layer maps to kh_fold (SQLite) or lower (PostgreSQL).</summary>
public sealed class DatabaseTextFolding : ITextFolding
{
    private static readonly System.Reflection.MethodInfo FoldMethod = typeof(TextFolding).GetMethod(nameof(TextFolding.Fold))!;

    public Expression Fold(Expression text) => Expression.Call(FoldMethod, text);

    public string? Fold(string? text) => TextFolding.Fold(text);
}
