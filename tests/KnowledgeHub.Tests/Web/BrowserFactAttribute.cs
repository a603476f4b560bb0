namespace KnowledgeHub.Tests.Web;

/// <summary>A test that needs Debian's Chromium; skipped, saying how to get it, where it is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static string Chromium => Environment.GetEnvironmentVariable("KNOWLEDGEHUB_CHROMIUM") ?? "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"Chromium is not installed at {Chromium} (apt-get install -y chromium, or set KNOWLEDGEHUB_CHROMIUM).";
        }
    }
}
