namespace KnowledgeHub.Import.Seed;

/// <summary>Seed files write enum values in kebab-case ("political-agreement"); the domain in PascalCase.</summary>
public static class SeedEnum
{
    public static bool TryParse<T>(string? value, out T result) where T : struct, Enum
    {
        result = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var pascal = string.Concat(value.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
        return Enum.TryParse(pascal, ignoreCase: false, out result) && Enum.IsDefined(result);
    }

    public static string Format<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
