using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Two staff members working on one exhibition: the one acting on an older page gets a conflict, never an overwrite.</summary>
public sealed class ExhibitionConcurrencyTests(CurationWorld w) : IClassFixture<CurationWorld>
{
    private const string Changed = "Pameran ini baru saja diubah oleh staf lain";

    private static readonly Actor Colleague = new("staff-2", null, IsStaff: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_from_a_page_loaded_before_a_colleagues_save_is_a_conflict_and_writes_nothing()
    {
        var page = await w.DraftAsync("Pameran Dua Staf", "Aula Utama");
        var other = await w.Curation.GetAsync(Colleague, page.Id, Ct);
        await w.Curation.UpdateAsync(Colleague, page.Id, Form(other, i => i.Theme = "Tema rekan"), other.Version, Ct);
        var before = await w.SnapshotAsync();

        var refusal = await Assert.ThrowsAsync<ConflictException>(() =>
            w.Curation.UpdateAsync(w.Staff, page.Id, Form(page, i => i.Theme = "Tema saya"), page.Version, Ct));

        Assert.StartsWith(Changed, refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await w.SnapshotAsync());
        Assert.Equal("Tema rekan", (await w.ExhibitionAsync(page.Id)).Theme);
    }

    [Fact]
    public async Task Publishing_or_archiving_from_a_stale_page_is_a_conflict()
    {
        var page = await w.DraftAsync("Pameran Terbit Basi", "Aula Utama");
        await w.Curation.UpdateAsync(Colleague, page.Id, Form(page, i => i.Description = "Diubah rekan."), page.Version, Ct);

        await Assert.ThrowsAsync<ConflictException>(() => w.Curation.PublishAsync(w.Staff, page.Id, page.Version, Ct));
        Assert.Equal(ExhibitionStatus.Draft, (await w.ExhibitionAsync(page.Id)).Status);

        var fresh = await w.Curation.GetAsync(w.Staff, page.Id, Ct);
        await w.Curation.PublishAsync(w.Staff, page.Id, fresh.Version, Ct);
        await Assert.ThrowsAsync<ConflictException>(() => w.Curation.ArchiveAsync(Colleague, page.Id, fresh.Version, confirmBeforeEnd: true, Ct));
        Assert.Equal(ExhibitionStatus.Published, (await w.ExhibitionAsync(page.Id)).Status);
    }

    [Fact]
    public async Task Hall_and_booth_work_leave_the_exhibition_version_alone_so_an_open_form_still_saves()
    {
        var page = await w.PublishedAsync("Pameran Aula Tambah");
        await w.Curation.AddHallAsync(Colleague, page.Id, "Aula Kedua", Ct);
        var booth = await w.ApplicationAsync(page.Id, w.GroupB);
        await w.Curation.RejectAsync(Colleague, booth, "Kuota penuh.", await w.BoothVersionAsync(booth), Ct);

        var saved = await w.Curation.UpdateAsync(w.Staff, page.Id, Form(page, i => i.Theme = "Tetap tersimpan"), page.Version, Ct);

        Assert.Equal("Tetap tersimpan", saved.Theme);
        Assert.NotEqual(page.Version, saved.Version);
    }

    /// <summary>Both saves start from the same page and run at once: one lands, the other is a conflict, every round.</summary>
    [Fact]
    public async Task Two_staff_saving_one_exhibition_at_once_land_exactly_one_save()
    {
        for (var round = 0; round < 10; round++)
        {
            var page = await w.DraftAsync($"Pameran Balapan {round}", "Aula Utama");
            var mine = Task.Run(() => w.Curation.UpdateAsync(w.Staff, page.Id, Form(page, i => i.Theme = "Saya"), page.Version, Ct), Ct);
            var theirs = Task.Run(() => w.Curation.UpdateAsync(Colleague, page.Id, Form(page, i => i.Theme = "Rekan"), page.Version, Ct), Ct);
            var outcomes = await Task.WhenAll(Outcome(mine), Outcome(theirs));

            Assert.Equal(1, outcomes.Count(o => o is null));
            Assert.IsType<ConflictException>(Assert.Single(outcomes, o => o is not null));
            Assert.Equal(outcomes[0] is null ? "Saya" : "Rekan", (await w.ExhibitionAsync(page.Id)).Theme);
            Assert.Single(await w.AuditAsync($"Exhibition:{page.Id}"), a => a.Action == "exhibition.update");
        }
    }

    /// <summary>The form as the page filled it, with one field changed by the staff member.</summary>
    private static ExhibitionInput Form(CuratedExhibition page, Action<ExhibitionInput> change)
    {
        var input = page.ToInput();
        change(input);
        return input;
    }

    private static async Task<Exception?> Outcome(Task call)
    {
        try
        {
            await call;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
