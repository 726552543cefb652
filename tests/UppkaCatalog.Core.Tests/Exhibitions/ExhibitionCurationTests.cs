using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Staff create and edit exhibitions and move them Draft → Published → Archived; each step audited.</summary>
public sealed class ExhibitionCurationTests(CurationWorld w) : IClassFixture<CurationWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Creating_stores_a_draft_with_WIB_entry_as_UTC_a_slug_from_the_title_and_an_audit_entry()
    {
        var created = await w.Curation.CreateAsync(w.Staff, CurationWorld.Input("Pameran Virtual UPPKA Jambi"), Ct);

        var stored = await w.ExhibitionAsync(created.Id);
        Assert.Equal("pameran-virtual-uppka-jambi", stored.Slug);
        Assert.Equal(ExhibitionStatus.Draft, stored.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), stored.StartsAt); // 08:00 WIB
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 17, 0, 0, TimeSpan.Zero), stored.EndsAt); // midnight WIB
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 17, 0, 0, TimeSpan.Zero), stored.RegistrationOpensAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero), stored.RegistrationClosesAt);
        Assert.Equal(w.Host.Time.GetUtcNow(), stored.CreatedAt);
        var audit = Assert.Single(await w.AuditAsync($"Exhibition:{created.Id}"));
        Assert.Equal(("exhibition.create", w.Staff.UserId), (audit.Action, audit.ActorId));
        Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0), created.ToInput().StartsAtWib);
    }

    [Fact]
    public async Task Bad_dates_are_refused_per_field_and_nothing_is_written()
    {
        var input = CurationWorld.Input("Pameran Tanggal Salah");
        input.EndsAtWib = input.StartsAtWib!.Value.AddHours(-1);
        input.RegistrationClosesAtWib = new DateTime(2027, 1, 1);
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.CreateAsync(w.Staff, input, Ct));

        Assert.Contains("endsAt", e.Errors.Keys);
        Assert.Contains("registrationClosesAt", e.Errors.Keys);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_slug_in_use_is_refused_with_a_message_naming_it()
    {
        await w.Curation.CreateAsync(w.Staff, CurationWorld.Input("Pameran Kembar"), Ct);
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.CreateAsync(w.Staff, CurationWorld.Input("Pameran Kembar"), Ct));

        var (field, message) = Assert.Single(e.Errors);
        Assert.Equal("slug", field);
        Assert.Contains("\"pameran-kembar\" sudah dipakai", message);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task Editing_a_draft_may_change_the_slug_but_not_to_one_in_use()
    {
        await w.Curation.CreateAsync(w.Staff, CurationWorld.Input("Pameran Terpakai"), Ct);
        var draft = await w.Curation.CreateAsync(w.Staff, CurationWorld.Input("Pameran Draf Alamat"), Ct);
        var input = draft.ToInput();

        input.Slug = "pameran-terpakai";
        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.UpdateAsync(w.Staff, draft.Id, input, await w.ExhibitionVersionAsync(draft.Id), Ct));
        Assert.Equal("slug", Assert.Single(e.Errors).Key);

        input.Slug = "Pameran Baru Sekali";
        input.Theme = "Tema baru";
        var saved = await w.Curation.UpdateAsync(w.Staff, draft.Id, input, await w.ExhibitionVersionAsync(draft.Id), Ct);
        Assert.Equal(("pameran-baru-sekali", "Tema baru"), (saved.Slug, saved.Theme));
        Assert.Contains(await w.AuditAsync($"Exhibition:{draft.Id}"), a => a.Action == "exhibition.update");
    }

    [Fact]
    public async Task A_published_exhibition_keeps_its_address_but_other_fields_can_change()
    {
        var published = await w.PublishedAsync("Pameran Tautan Tetap");
        var input = published.ToInput();
        input.Slug = "alamat-lain";

        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.UpdateAsync(w.Staff, published.Id, input, await w.ExhibitionVersionAsync(published.Id), Ct));
        Assert.Contains("tidak bisa diubah setelah terbit", e.Errors["slug"]);

        input.Slug = published.Slug;
        input.Title = "Pameran Tautan Tetap (diperpanjang)";
        input.EndsAtWib = new DateTime(2026, 12, 20);
        var saved = await w.Curation.UpdateAsync(w.Staff, published.Id, input, await w.ExhibitionVersionAsync(published.Id), Ct);
        Assert.Equal(("pameran-tautan-tetap", new DateTimeOffset(2026, 12, 19, 17, 0, 0, TimeSpan.Zero)), (saved.Slug, saved.EndsAt));
    }

    [Fact]
    public async Task Publishing_needs_a_hall_and_is_audited()
    {
        var draft = await w.DraftAsync("Pameran Tanpa Aula");

        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.PublishAsync(w.Staff, draft.Id, await w.ExhibitionVersionAsync(draft.Id), Ct));
        Assert.Contains("paling sedikit satu aula", e.Errors["halls"]);
        Assert.Equal(ExhibitionStatus.Draft, (await w.ExhibitionAsync(draft.Id)).Status);

        await w.Curation.AddHallAsync(w.Staff, draft.Id, "Aula Kerajinan", Ct);
        await w.Curation.PublishAsync(w.Staff, draft.Id, await w.ExhibitionVersionAsync(draft.Id), Ct);

        Assert.Equal(ExhibitionStatus.Published, (await w.ExhibitionAsync(draft.Id)).Status);
        var publish = Assert.Single(await w.AuditAsync($"Exhibition:{draft.Id}"), a => a.Action == "exhibition.publish");
        Assert.Equal(w.Staff.UserId, publish.ActorId);
        var again = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.PublishAsync(w.Staff, draft.Id, await w.ExhibitionVersionAsync(draft.Id), Ct));
        Assert.Contains("sudah terbit", again.Message);
    }

    [Fact]
    public async Task A_draft_is_not_archived_and_a_running_exhibition_only_with_confirmation()
    {
        var draft = await w.DraftAsync("Pameran Draf Arsip", "Aula");
        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.ArchiveAsync(w.Staff, draft.Id, await w.ExhibitionVersionAsync(draft.Id), confirmBeforeEnd: true, Ct));
        Assert.Contains("belum pernah terbit", e.Message);

        var published = await w.PublishedAsync("Pameran Ditutup Awal");
        var early = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.ArchiveAsync(w.Staff, published.Id, await w.ExhibitionVersionAsync(published.Id), false, Ct));
        Assert.Contains("belum berakhir", early.Message);
        Assert.Equal(ExhibitionStatus.Published, (await w.ExhibitionAsync(published.Id)).Status);

        await w.Curation.ArchiveAsync(w.Staff, published.Id, await w.ExhibitionVersionAsync(published.Id), confirmBeforeEnd: true, Ct);

        Assert.Equal(ExhibitionStatus.Archived, (await w.ExhibitionAsync(published.Id)).Status);
        var archive = Assert.Single(await w.AuditAsync($"Exhibition:{published.Id}"), a => a.Action == "exhibition.archive");
        Assert.Equal("before its end, confirmed", archive.Details);
    }

    [Fact]
    public async Task An_archived_exhibition_is_closed_for_good()
    {
        var published = await w.PublishedAsync("Pameran Selesai Selamanya");
        var application = await w.ApplicationAsync(published.Id, w.GroupA);
        await w.Curation.ArchiveAsync(w.Staff, published.Id, await w.ExhibitionVersionAsync(published.Id), confirmBeforeEnd: true, Ct);
        var hallId = published.Halls[0].Id;
        var before = await w.SnapshotAsync();

        await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.UpdateAsync(w.Staff, published.Id, published.ToInput(), await w.ExhibitionVersionAsync(published.Id), Ct));
        await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.PublishAsync(w.Staff, published.Id, await w.ExhibitionVersionAsync(published.Id), Ct));
        await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.ArchiveAsync(w.Staff, published.Id, await w.ExhibitionVersionAsync(published.Id), true, Ct));
        await Assert.ThrowsAsync<ValidationException>(() => w.Curation.AddHallAsync(w.Staff, published.Id, "Aula Baru", Ct));
        await Assert.ThrowsAsync<ValidationException>(() => w.Curation.RenameHallAsync(w.Staff, hallId, "Nama Baru", Ct));
        await Assert.ThrowsAsync<ValidationException>(() => w.Curation.RemoveHallAsync(w.Staff, hallId, Ct));
        await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.AcceptAsync(w.Staff, application, hallId, "A-01", await w.BoothVersionAsync(application), Ct));
        await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.RejectAsync(w.Staff, application, "Alasan", await w.BoothVersionAsync(application), Ct));
        await Assert.ThrowsAsync<ValidationException>(() => w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupB.Id, hallId, "A-02", Ct));
        using var banner = new MemoryStream(TestImages.Jpeg(1000, 400));
        await Assert.ThrowsAsync<ValidationException>(() => w.Curation.SetBannerAsync(w.Staff, published.Id, banner, Ct));

        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task After_its_end_an_exhibition_is_archived_without_confirmation_but_an_ended_draft_is_not_published()
    {
        await using var world = await CurationWorld.StartAsync();
        var published = await world.PublishedAsync("Pameran Desember");
        var late = await world.DraftAsync("Pameran Terlambat", "Aula");
        world.Host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 14, 17, 0, 0, TimeSpan.Zero)); // 15 Dec 00:00 WIB: just ended

        await world.Curation.ArchiveAsync(world.Staff, published.Id, await world.ExhibitionVersionAsync(published.Id), confirmBeforeEnd: false, Ct);
        var e = await Assert.ThrowsAsync<ValidationException>(async () => await world.Curation.PublishAsync(world.Staff, late.Id, await world.ExhibitionVersionAsync(late.Id), Ct));

        Assert.Equal(ExhibitionStatus.Archived, (await world.ExhibitionAsync(published.Id)).Status);
        Assert.Null(Assert.Single(await world.AuditAsync($"Exhibition:{published.Id}"), a => a.Action == "exhibition.archive").Details);
        Assert.Contains("sudah berakhir", e.Errors["endsAt"]);
    }

    [Fact]
    public async Task Creating_writes_the_row_and_its_audit_entry_together_or_neither()
    {
        await using var world = await CurationWorld.StartAsync();
        await world.BreakAuditLogAsync();
        var before = await world.SnapshotAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => world.Curation.CreateAsync(world.Staff, CurationWorld.Input("Pameran Tanpa Jejak"), Ct));

        Assert.Equal(before, await world.SnapshotAsync());
    }

    [Fact]
    public async Task Replacing_the_banner_deletes_the_old_files_after_saving_and_removing_it_deletes_the_rest()
    {
        var draft = await w.DraftAsync("Pameran Berspanduk");
        var filesBefore = w.MediaFiles();

        using (var first = new MemoryStream(TestImages.Jpeg(1000, 400))) await w.Curation.SetBannerAsync(w.Staff, draft.Id, first, Ct);
        var firstFiles = w.MediaFiles().Except(filesBefore).ToList();
        Assert.NotEmpty(firstFiles);
        using (var second = new MemoryStream(TestImages.Jpeg(1200, 400))) await w.Curation.SetBannerAsync(w.Staff, draft.Id, second, Ct);

        var key = (await w.ExhibitionAsync(draft.Id)).BannerKey;
        var view = BannerImages.View(key, "");
        Assert.NotNull(view);
        Assert.Equal(1200, view.Width);
        var now = w.MediaFiles();
        Assert.Empty(firstFiles.Intersect(now));
        Assert.All(view.Variants, v => Assert.Contains(v.Key.Replace('/', Path.DirectorySeparatorChar), now));

        await w.Curation.RemoveBannerAsync(w.Staff, draft.Id, Ct);
        Assert.Null((await w.ExhibitionAsync(draft.Id)).BannerKey);
        Assert.Equal(filesBefore, w.MediaFiles());
        Assert.Equal(["exhibition.banner-set", "exhibition.banner-set", "exhibition.banner-remove"],
            (await w.AuditAsync($"Exhibition:{draft.Id}")).Select(a => a.Action).Where(a => a.StartsWith("exhibition.banner", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refused_banner_leaves_the_old_one_in_place()
    {
        var draft = await w.DraftAsync("Pameran Spanduk Kecil");
        using (var first = new MemoryStream(TestImages.Jpeg(1000, 400))) await w.Curation.SetBannerAsync(w.Staff, draft.Id, first, Ct);
        var before = await w.SnapshotAsync();
        var files = w.MediaFiles();

        using var narrow = new MemoryStream(TestImages.Jpeg(640, 480));
        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.SetBannerAsync(w.Staff, draft.Id, narrow, Ct));

        Assert.Equal("banner", Assert.Single(e.Errors).Key);
        Assert.Equal(before, await w.SnapshotAsync());
        Assert.Equal(files, w.MediaFiles());
    }

    [Fact]
    public async Task The_list_counts_halls_accepted_booths_and_waiting_applications()
    {
        var published = await w.PublishedAsync("Pameran Hitungan", "Aula 1", "Aula 2");
        var accepted = await w.ApplicationAsync(published.Id, w.GroupA);
        await w.ApplicationAsync(published.Id, w.GroupB);
        await w.ApplicationAsync(published.Id, w.GroupC, BoothStatus.Withdrawn);
        await w.Curation.AcceptAsync(w.Staff, accepted, published.Halls[0].Id, "H-1", await w.BoothVersionAsync(accepted), Ct);

        var row = Assert.Single(await w.Curation.ListAsync(w.Staff, Ct), r => r.Id == published.Id);

        Assert.Equal((2, 1, 1, ExhibitionStatus.Published, ExhibitionPhase.Upcoming), (row.HallCount, row.BoothCount, row.PendingApplicationCount, row.Status, row.Phase));
    }
}
