using KnowledgeHub.Import.Changes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Editing;

/// <summary>Registered change handlers (the search index, later) hear of every commit before the answer goes out.</summary>
public sealed class ChangeHandlerTests(ChangeHandlerTests.Server server) : IClassFixture<ChangeHandlerTests.Server>
{
    public sealed class Server : EditingServer
    {
        public RecordingHandler Handler { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IRecordChangeHandler>(Handler));
        }
    }

    public sealed class RecordingHandler : IRecordChangeHandler
    {
        private readonly List<long> _calls = [];

        public bool FailNext { get; set; }

        public IReadOnlyList<long> Calls
        {
            get
            {
                lock (_calls)
                {
                    return _calls.ToList();
                }
            }
        }

        public Task HandleAsync(long upToSequence, CancellationToken cancellationToken)
        {
            lock (_calls)
            {
                _calls.Add(upToSequence);
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the index is down");
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task The_seed_import_and_every_change_are_handed_on_with_the_last_sequence()
    {
        var editor = await server.EditorAsync();
        await using (var db = server.Database.Open())
        {
            Assert.Equal(await db.RecordChanges.Where(c => c.Actor == "seed").MaxAsync(c => c.Sequence), server.Handler.Calls[0]);
        }

        var created = await editor.CreateProgramAsync(Records.NewSlug("haandteret"));
        // The answer is out: the handler has been told already, up to the change just made.
        Assert.Equal(await LastSequenceAsync(), server.Handler.Calls[^1]);

        await editor.ChangeStatusAsync("publishRecord", (string)created["id"]!, 1);
        Assert.Equal(await LastSequenceAsync(), server.Handler.Calls[^1]);
    }

    [Fact]
    public async Task Nothing_is_handed_on_when_nothing_was_written()
    {
        var editor = await server.EditorAsync();
        var created = await editor.CreateProgramAsync(Records.NewSlug("uaendret"));
        var calls = server.Handler.Calls.Count;

        await editor.DataAsync(Records.CreateProgram, new { input = Records.Program((string)created["slug"]!) });
        await editor.DataAsync("""mutation($id: ID!) { updateProgram(input: { id: $id, version: 1 }) { program { id } } }""", new { id = (string)created["id"]! });
        await editor.ChangeStatusAsync("publishRecord", (string)created["id"]!, 7);

        Assert.Equal(calls, server.Handler.Calls.Count);
    }

    [Fact]
    public async Task A_failing_handler_does_not_undo_or_fail_the_committed_change()
    {
        var editor = await server.EditorAsync();
        server.Handler.FailNext = true;

        var created = await editor.CreateProgramAsync(Records.NewSlug("nede"));

        Assert.Equal("DRAFT", (string)created["status"]!);
        await using var db = server.Database.Open();
        Assert.True(await db.Records.AnyAsync(r => r.Slug == (string)created["slug"]!));
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = server.Database.Open();
        return await db.RecordChanges.MaxAsync(c => c.Sequence);
    }
}
