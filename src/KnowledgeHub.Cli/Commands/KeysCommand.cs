using System.CommandLine;
using System.Globalization;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Access;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`keys create|list|revoke`: the command line needs no key; it runs with the database's rights.</summary>
public static class KeysCommand
{
    public static Command Create(CliContext context) => new("keys", "Create, list and revoke API keys.")
    {
        CreateKey(context),
        List(context),
        Revoke(context),
    };

    private static Command CreateKey(CliContext context)
    {
        var role = new Option<string>("--role") { Description = "partner, editor or admin.", Required = true };
        role.AcceptOnlyFromAmong("partner", "editor", "admin");
        var organisation = new Option<string?>("--organisation") { Description = "Slug of the organisation a partner key acts for (required for partners)." };
        var name = new Option<string?>("--name") { Description = "What the key is for." };
        var command = new Command("create", "Create a key and print it; it is stored as a hash and shown this once.") { role, organisation, name };
        command.SetAction((parse, ct) => context.RunAsync(async services =>
        {
            try
            {
                var (key, text) = await services.GetRequiredService<ApiKeyService>().CreateAsync(
                    parse.GetValue(name), Enum.Parse<ApiKeyRole>(parse.GetValue(role)!, ignoreCase: true), parse.GetValue(organisation), ct);
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Created {key.Role.ToString().ToLowerInvariant()} key {key.Id} ({key.Prefix}){(key.Organisation is { } o ? $" for {o.Slug}" : "")}: {key.Name}"));
                await context.Output.WriteLineAsync("The key, shown this once (send it as `Authorization: Bearer <key>`):");
                await context.Output.WriteLineAsync(text);
                return CliApp.Ok;
            }
            catch (ApiKeyException e)
            {
                await context.Error.WriteLineAsync($"knowledgehub: {e.Field}: {e.Message}");
                return CliApp.Failed;
            }
        }, ct));
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List every key, revoked ones included (never the keys themselves).");
        command.SetAction((_, ct) => context.RunAsync(async services =>
        {
            var table = new Table().AddColumns("Id", "Prefix", "Name", "Role", "Organisation", "Created (UTC)", "Revoked (UTC)");
            foreach (var key in await services.GetRequiredService<ApiKeyService>().ListAsync(ct))
            {
                table.AddRow(
                    key.Id.ToString(CultureInfo.InvariantCulture), key.Prefix, Markup.Escape(key.Name), key.Role.ToString().ToLowerInvariant(),
                    key.Organisation?.Slug ?? "", Time(key.CreatedAt), key.RevokedAt is { } revoked ? Time(revoked) : "");
            }

            context.Console.Write(table);
            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The key's id or prefix, as `keys list` shows them." };
        var command = new Command("revoke", "Revoke a key: from now on it is refused like an unknown one.") { id };
        command.SetAction((parse, ct) => context.RunAsync(async services =>
        {
            var key = await services.GetRequiredService<ApiKeyService>().RevokeAsync(parse.GetValue(id)!, ct);
            if (key is null)
            {
                await context.Error.WriteLineAsync($"knowledgehub: no key has the id or prefix '{parse.GetValue(id)}'");
                return CliApp.Failed;
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Revoked key {key.Id} ({key.Prefix}) at {Time(key.RevokedAt!.Value)} UTC."));
            return CliApp.Ok;
        }, ct));
        return command;
    }

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
