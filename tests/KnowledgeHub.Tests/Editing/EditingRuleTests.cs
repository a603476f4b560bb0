using KnowledgeHub.Api.Access;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Access;

namespace KnowledgeHub.Tests.Editing;

/// <summary>The dense rules under the editing features, one by one.</summary>
public sealed class EditingRuleTests
{
    [Fact]
    public void Generated_keys_parse_to_their_prefix_and_hash_differently()
    {
        var (prefix, key) = ApiKeyText.Generate();
        var (_, other) = ApiKeyText.Generate();

        Assert.True(ApiKeyText.TryParse(key, out var parsed));
        Assert.Equal(prefix, parsed);
        Assert.NotEqual(ApiKeyText.Hash(key), ApiKeyText.Hash(other));
        Assert.Equal(32, ApiKeyText.Hash(key).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kh_")]
    [InlineData("kh_ABCDEFGH_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("xx_abcdefgh_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("kh_abcdefgh-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("kh_abcdefgh_aaaa")]
    public void Malformed_keys_do_not_parse(string key) => Assert.False(ApiKeyText.TryParse(key, out _));

    [Theory]
    [InlineData(null, RecordStatus.Published, 1, true)]
    [InlineData(null, RecordStatus.Draft, 1, false)]
    [InlineData(ApiKeyRole.Partner, RecordStatus.Draft, 7, true)]
    [InlineData(ApiKeyRole.Partner, RecordStatus.Archived, 7, true)]
    [InlineData(ApiKeyRole.Partner, RecordStatus.Draft, 8, false)]
    [InlineData(ApiKeyRole.Partner, RecordStatus.Draft, null, false)]
    [InlineData(ApiKeyRole.Editor, RecordStatus.Draft, 8, true)]
    [InlineData(ApiKeyRole.Admin, RecordStatus.Archived, null, true)]
    public void Who_sees_what(ApiKeyRole? role, RecordStatus status, int? owner, bool sees)
    {
        var actor = new Actor("test", role, 1, role == ApiKeyRole.Partner ? 7 : null);
        Assert.Equal(sees, actor.Sees(status, owner));
    }

    /// <summary>The rule's two forms (one record in memory, a query) agree for every reader, status and owner.</summary>
    [Fact]
    public void The_in_memory_and_query_forms_of_visibility_agree()
    {
        var records = (from status in Enum.GetValues<RecordStatus>()
                       from owner in new int?[] { null, 7, 8 }
                       select (KnowledgeHub.Domain.Records.Record)new InterventionProgram { Status = status, OwnerOrganisationId = owner, Slug = $"{status}-{owner}", Title = "", Summary = "" }).ToList();
        Actor[] readers =
        [
            Actor.Anonymous, new("partner", ApiKeyRole.Partner, 1, 7), new("orphan partner", ApiKeyRole.Partner, 2, null),
            new("editor", ApiKeyRole.Editor, 3), new("admin", ApiKeyRole.Admin, 4), Actor.Cli,
        ];
        foreach (var reader in readers)
        {
            var queried = records.AsQueryable().VisibleTo(reader).Select(r => r.Slug).ToList();
            var inMemory = records.Where(r => reader.Sees(r.Status, r.OwnerOrganisationId)).Select(r => r.Slug).ToList();
            Assert.True(inMemory.SequenceEqual(queried), $"{reader.Name}: [{string.Join(", ", inMemory)}] in memory, [{string.Join(", ", queried)}] queried");
        }
    }

    [Theory]
    [InlineData(null, 7, false)]
    [InlineData(ApiKeyRole.Partner, 7, true)]
    [InlineData(ApiKeyRole.Partner, 8, false)]
    [InlineData(ApiKeyRole.Partner, null, false)]
    [InlineData(ApiKeyRole.Editor, null, true)]
    public void Who_changes_what(ApiKeyRole? role, int? owner, bool may)
    {
        var actor = new Actor("test", role, 1, role == ApiKeyRole.Partner ? 7 : null);
        Assert.Equal(may, actor.MayEdit(owner));
    }

    [Theory]
    [InlineData(RecordStatus.Draft, RecordStatus.Draft, ChangeAction.Updated, false)]
    [InlineData(RecordStatus.Draft, RecordStatus.Published, ChangeAction.Published, true)]
    [InlineData(RecordStatus.Published, RecordStatus.Published, ChangeAction.Updated, true)]
    [InlineData(RecordStatus.Published, RecordStatus.Draft, ChangeAction.Unpublished, true)]
    [InlineData(RecordStatus.Published, RecordStatus.Archived, ChangeAction.Archived, true)]
    [InlineData(RecordStatus.Archived, RecordStatus.Draft, ChangeAction.Unpublished, false)]
    [InlineData(RecordStatus.Draft, RecordStatus.Archived, ChangeAction.Archived, false)]
    public void A_change_is_public_when_readers_saw_it_before_or_see_it_now(
        RecordStatus before, RecordStatus after, ChangeAction action, bool isPublic)
    {
        var record = new InterventionProgram { Id = 3, Slug = "x", Title = "x", Summary = "x" };
        var change = ChangeLog.Entry(record, ChangeLog.ForUpdate(before, after), Actor.Cli, DateTime.UnixEpoch, (before, "{}"), (after, "{}"));
        Assert.Equal((action, isPublic), (change.Action, change.PublicChange));
        Assert.Equal(("cli", null), (change.Actor, change.ApiKeyId));
    }
}
