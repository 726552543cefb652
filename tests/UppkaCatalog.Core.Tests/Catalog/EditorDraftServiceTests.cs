using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>What a member typed survives a dropped connection, and only they can read it back.</summary>
public sealed class EditorDraftServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_is_saved_overwritten_read_back_and_deleted()
    {
        await w.Drafts.SaveAsync(w.MemberA, 0, """{"name":"Keripik"}""", Ct);
        w.Host.Time.Advance(TimeSpan.FromMinutes(1));
        await w.Drafts.SaveAsync(w.MemberA, 0, """{"name":"Keripik Pisang"}""", Ct);

        var saved = await w.Drafts.GetAsync(w.MemberA, 0, Ct);

        Assert.NotNull(saved);
        Assert.Equal("""{"name":"Keripik Pisang"}""", saved.Value.Json);
        Assert.Equal(w.Host.Time.GetUtcNow(), saved.Value.SavedAt);

        await w.Drafts.DeleteAsync(w.MemberA, 0, Ct);

        Assert.Null(await w.Drafts.GetAsync(w.MemberA, 0, Ct));
    }

    [Fact]
    public async Task One_user_cannot_read_or_delete_another_users_draft_of_the_same_product()
    {
        var product = await w.Editing.CreateDraftAsync(w.MemberA, new ProductInput { Name = "Draf Pribadi" }, Ct);
        await w.Drafts.SaveAsync(w.MemberA, product.Id, """{"price":"25.000"}""", Ct);
        var colleague = new Actor("member-a-2", w.GroupA.Id, IsStaff: false);

        Assert.Null(await w.Drafts.GetAsync(w.MemberB, product.Id, Ct));
        Assert.Null(await w.Drafts.GetAsync(colleague, product.Id, Ct));
        await w.Drafts.DeleteAsync(w.MemberB, product.Id, Ct);
        await w.Drafts.SaveAsync(colleague, product.Id, """{"price":"1"}""", Ct);

        var mine = await w.Drafts.GetAsync(w.MemberA, product.Id, Ct);
        Assert.Equal("""{"price":"25.000"}""", mine?.Json);
        Assert.Equal("""{"price":"1"}""", (await w.Drafts.GetAsync(colleague, product.Id, Ct))?.Json);
    }

    [Fact]
    public async Task A_runaway_form_is_not_kept()
    {
        var json = "{\"description\":\"" + new string('x', EditorDraftService.MaxJsonLength) + "\"}";

        await w.Drafts.SaveAsync(w.MemberB, 0, json, Ct);

        Assert.Null(await w.Drafts.GetAsync(w.MemberB, 0, Ct));
    }
}
