using System.Reflection;
using System.Text.RegularExpressions;
using GraphQL;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Documents.Persisted;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Limits;

namespace KnowledgeHub.Tests.Architecture;

/// <summary>
/// The errors a client can fix come as one sealed kind per feature, made only through factories
/// that name the problem and pick its code; every code is a constant of one of the code lists,
/// and docs/errors.md lists each of them.
/// </summary>
public sealed partial class ErrorKindTests
{
    private static readonly Type[] CodeLists = [typeof(ErrorCodes), typeof(LimitCodes), typeof(PersistedDocumentCodes), typeof(ApiErrorCodes)];

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var type in new[] { typeof(CodedError).Assembly, typeof(ApiErrorCodes).Assembly }.SelectMany(a => a.GetTypes())
                     .Where(t => t != typeof(CodedError) && (typeof(CodedError).IsAssignableFrom(t) || t == typeof(LimitError))))
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Fact]
    public void There_is_one_kind_per_feature_at_least_for_the_conventions_and_the_app() =>
        Assert.True(Kinds().Count >= 10, $"{Kinds().Count} kinds");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_kind_is_sealed_and_made_only_by_its_factories(string name)
    {
        var type = Type.GetType(name, throwOnError: true)!;
        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        var factories = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == type).ToList();
        Assert.NotEmpty(factories);
    }

    [Fact]
    public void Every_code_is_documented()
    {
        var documented = CodeInBackticks().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "errors.md")))
            .Select(m => m.Groups[1].Value).ToHashSet();
        var codes = CodeLists.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !f.Name.EndsWith("Message", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains(code, documented));
    }

    [Fact]
    public void An_error_made_by_a_factory_carries_its_code()
    {
        ExecutionError error = KnowledgeHub.GraphQL.Paging.PagingError.InvalidCursor("no");
        Assert.Equal(ErrorCodes.InvalidCursor, error.Code);
        Assert.Equal(LimitCodes.TooManyTokens, LimitError.TooManyTokens("no").Code);
    }

    [GeneratedRegex("`([A-Z][A-Z_]+)`")]
    private static partial Regex CodeInBackticks();
}
