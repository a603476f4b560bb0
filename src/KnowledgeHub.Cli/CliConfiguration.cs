using Microsoft.Extensions.Configuration;

namespace KnowledgeHub.Cli;

/// <summary>
/// The server's configuration keys, read the server's way: environment variables
/// (KnowledgeHub__DataDirectory) and `--Section:Key=value` arguments, which are taken out before
/// the command line is parsed.
/// </summary>
public static class CliConfiguration
{
    public static (IConfiguration Configuration, string[] CommandArgs) Split(string[] args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (IsSetting(args[i]))
            {
                settings.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    settings.Add(args[++i]);
                }
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings.ToArray()).Build();
        return (configuration, rest.ToArray());
    }

    // A setting names a section: --KnowledgeHub:DataDirectory, --ConnectionStrings:KnowledgeHub.
    private static bool IsSetting(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var name = arg[2..].Split('=', 2)[0];
        return name.Contains(':', StringComparison.Ordinal) && !name.StartsWith(':');
    }
}
