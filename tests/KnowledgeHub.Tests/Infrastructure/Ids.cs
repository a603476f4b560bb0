using System.Text;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>Builds and reads global ids the way a curious client might: tests of forged and foreign ids need it.</summary>
public static class Ids
{
    public static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Decode(string id)
    {
        var s = id.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=')));
    }
}
