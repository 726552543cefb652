using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Labels;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog.Labels;

/// <summary>Ticks stored through the editing service, read back by the checklist service; who may see and change them.</summary>
public sealed class LabelChecklistServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private LabelChecklistService Labels => w.Get<LabelChecklistService>();

    private static ProductInput WithTicks(string name, params string[] ticks)
    {
        var input = MemberWorld.CompleteInput(name);
        input.LabelTicks = [.. ticks];
        return input;
    }

    [Fact]
    public async Task Ticks_are_stored_with_the_fields_and_count_in_the_checklist()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, WithTicks("Label Keripik", "composition", "productionCode"), Ct);

        var before = await Labels.GetForProductAsync(w.MemberA, draft.Id, Ct);
        // Name, net content and producer from the fields; no permit yet; two of the three tick items.
        Assert.Equal("5 dari 7", before.Checklist.Completeness);
        Assert.Equal(["productionCode", "composition"], (await w.LoadAsync(draft.Id)).LabelTicks); // the checklist's order

        var input = WithTicks("Label Keripik", "composition", "productionCode", "expiryDate");
        input.PirtNumber = "2061505010123-29";
        await w.Editing.UpdateAsync(w.MemberA, draft.Id, input, draft.Version, Ct);

        var after = await Labels.GetForProductAsync(w.MemberA, draft.Id, Ct);
        Assert.Equal("7 dari 7", after.Checklist.Completeness);
        Assert.Equal(["productionCode", "expiryDate", "composition"], (await w.Editing.GetForEditAsync(w.MemberA, draft.Id, Ct)).Input.LabelTicks!);
        Assert.Equal("Kelompok kelompok-a", after.GroupName);
    }

    [Fact]
    public async Task A_save_without_ticks_keeps_them_and_an_empty_list_clears_them()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, WithTicks("Label Tetap", "care"), Ct);

        var kept = await w.Editing.UpdateAsync(w.MemberA, draft.Id, MemberWorld.CompleteInput("Label Tetap"), draft.Version, Ct);
        Assert.Equal(["care"], kept.Input.LabelTicks);

        var cleared = await w.Editing.UpdateAsync(w.MemberA, draft.Id, WithTicks("Label Tetap"), kept.Version, Ct);
        Assert.Empty(cleared.Input.LabelTicks!);
    }

    [Fact]
    public async Task Ticking_a_published_product_does_not_send_it_back_to_review()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Label Terbit");
        var view = await w.Editing.GetForEditAsync(w.MemberA, id, Ct);

        var after = await w.Editing.UpdateAsync(w.MemberA, id, WithTicks("Label Terbit", "expiryDate"), view.Version, Ct);

        Assert.Equal(ProductStatus.Published, after.Status);
        Assert.Equal(["expiryDate"], after.Input.LabelTicks);
    }

    [Theory]
    [InlineData("nama")]
    [InlineData("name")]
    [InlineData("'; DROP TABLE Products; --")]
    public async Task Hostile_ticks_are_refused_whole_and_nothing_is_written(string hostile)
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, WithTicks($"Label Jahat {hostile.Length}", "care"), Ct);
        var before = await w.SnapshotAsync();

        var input = WithTicks("Nama Baru", "composition", hostile);
        input.Description = "Deskripsi yang lain sama sekali, cukup panjang untuk dikirim.";
        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Editing.UpdateAsync(w.MemberA, draft.Id, input, draft.Version, Ct));

        Assert.Contains($"\"{hostile}\" tidak dikenal", e.Errors["labelTicks"]);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_new_draft_with_an_unknown_tick_is_not_created()
    {
        var before = await w.SnapshotAsync();

        await Assert.ThrowsAsync<ValidationException>(() => w.Editing.CreateDraftAsync(w.MemberA, WithTicks("Tidak Jadi", "halal"), Ct));

        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task Another_groups_product_is_refused_for_reading_and_ticking()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, WithTicks("Label Rahasia A", "care"), Ct);
        var before = await w.SnapshotAsync();

        var read = await Assert.ThrowsAsync<NotFoundException>(() => Labels.GetForProductAsync(w.MemberB, draft.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            w.Editing.UpdateAsync(w.MemberB, draft.Id, WithTicks("Label Rahasia A", "composition"), draft.Version, Ct));

        Assert.Equal("Produk tidak ditemukan.", read.Message);
        Assert.Equal(before, await w.SnapshotAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => Labels.GetForProductAsync(w.MemberB, 987_654, Ct));
    }

    [Fact]
    public async Task Staff_read_any_groups_checklist_and_an_actor_with_neither_role_is_forbidden()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberB, WithTicks("Label Kelompok B", "expiryDate"), Ct);

        var staffView = await Labels.GetForProductAsync(w.Staff, draft.Id, Ct);

        Assert.Equal("Kelompok kelompok-b", staffView.GroupName);
        Assert.Equal(LabelItemStatus.Ticked, staffView.Checklist.Items.Single(i => i.Id == "expiryDate").Status);
        var partner = new Actor("partner-1", null, IsStaff: false, PartnerId: 1);
        await Assert.ThrowsAsync<ForbiddenException>(() => Labels.GetForProductAsync(partner, draft.Id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Labels.GetProducerAsync(w.Staff, Ct));
    }

    [Fact]
    public async Task The_producer_line_is_the_members_own_group()
    {
        var producer = await Labels.GetProducerAsync(w.MemberB, Ct);

        Assert.Equal(new LabelProducer("Kelompok kelompok-b", "Desa Uji", "Kecamatan Uji", Core.Groups.BusinessSector.FoodProcessing), producer);
    }
}
