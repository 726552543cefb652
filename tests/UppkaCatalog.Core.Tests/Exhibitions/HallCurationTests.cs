using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Halls: added in order, renamed, reordered, removed only when empty.</summary>
public sealed class HallCurationTests(CurationWorld w) : IClassFixture<CurationWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Halls_are_added_in_order_renamed_and_moved()
    {
        var draft = await w.DraftAsync("Pameran Aula", "Aula Makanan", "Aula Kerajinan", "Aula Busana");
        Assert.Equal(["Aula Makanan", "Aula Kerajinan", "Aula Busana"], draft.Halls.Select(h => h.Name));
        Assert.Equal(["aula-makanan", "aula-kerajinan", "aula-busana"], draft.Halls.Select(h => h.Slug));

        await w.Curation.RenameHallAsync(w.Staff, draft.Halls[1].Id, "  Aula Anyaman ", Ct);
        await w.Curation.MoveHallAsync(w.Staff, draft.Halls[2].Id, -1, Ct);
        await w.Curation.MoveHallAsync(w.Staff, draft.Halls[0].Id, -1, Ct); // already first: nothing happens

        var after = await w.Curation.GetAsync(w.Staff, draft.Id, Ct);
        Assert.Equal(["Aula Makanan", "Aula Busana", "Aula Anyaman"], after.Halls.Select(h => h.Name));
        Assert.Equal("aula-anyaman", after.Halls[2].Slug); // a draft's hall address follows its name
        var actions = (await w.AuditAsync($"Exhibition:{draft.Id}")).Select(a => a.Action).ToList();
        Assert.Equal(3, actions.Count(a => a == "exhibition.hall-add"));
        Assert.Contains("exhibition.hall-rename", actions);
        Assert.Single(actions, a => a == "exhibition.hall-reorder");
    }

    [Fact]
    public async Task Renaming_a_hall_of_a_published_exhibition_keeps_its_address()
    {
        var published = await w.PublishedAsync("Pameran Aula Terbit", "Aula Lama");

        await w.Curation.RenameHallAsync(w.Staff, published.Halls[0].Id, "Aula Baru", Ct);

        var hall = Assert.Single((await w.Curation.GetAsync(w.Staff, published.Id, Ct)).Halls);
        Assert.Equal(("Aula Baru", "aula-lama"), (hall.Name, hall.Slug));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("aula makanan")]
    public async Task A_blank_or_repeated_hall_name_is_refused(string? name)
    {
        var draft = await w.DraftAsync($"Pameran Nama Aula {name?.Length}", "Aula Makanan");
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.AddHallAsync(w.Staff, draft.Id, name, Ct));

        Assert.Equal("hallName", Assert.Single(e.Errors).Key);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_hall_with_booths_cannot_be_removed_until_they_are_moved_out()
    {
        var published = await w.PublishedAsync("Pameran Aula Berisi", "Aula Penuh", "Aula Kosong");
        var (full, empty) = (published.Halls[0], published.Halls[1]);
        var booth = await w.ApplicationAsync(published.Id, w.GroupA);
        await w.Curation.AcceptAsync(w.Staff, booth, full.Id, "P-1", await w.BoothVersionAsync(booth), Ct);
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.RemoveHallAsync(w.Staff, full.Id, Ct));

        Assert.Equal("Aula \"Aula Penuh\" masih berisi 1 stan. Pindahkan atau hapus stan itu dulu, baru aula bisa dihapus.", e.Errors["hall"]);
        Assert.Equal(before, await w.SnapshotAsync());

        await w.Curation.MoveBoothAsync(w.Staff, booth, empty.Id, "P-1", await w.BoothVersionAsync(booth), Ct);
        await w.Curation.RemoveHallAsync(w.Staff, full.Id, Ct);

        var after = await w.Curation.GetAsync(w.Staff, published.Id, Ct);
        Assert.Equal(["Aula Kosong"], after.Halls.Select(h => h.Name));
        Assert.Contains(await w.AuditAsync($"Exhibition:{published.Id}"), a => a.Action == "exhibition.hall-remove");
    }

    [Fact]
    public async Task Reordering_with_a_stale_list_is_refused()
    {
        var draft = await w.DraftAsync("Pameran Urutan Basi", "Aula 1", "Aula 2");

        await Assert.ThrowsAsync<ConflictException>(() => w.Curation.ReorderHallsAsync(w.Staff, draft.Id, [draft.Halls[1].Id], Ct));
    }
}
