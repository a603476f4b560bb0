using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

public static class Json
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Indented, with Danish letters as themselves, so snapshots read well in review.</summary>
    public static string Pretty(this JsonNode node) => node.ToJsonString(Indented);
}
