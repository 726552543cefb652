using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Inquiries;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Applications accepted or rejected, booths added, moved and removed: the rules and the audit trail.</summary>
public sealed class BoothCurationTests(CurationWorld w) : IClassFixture<CurationWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_edit_view_lists_an_application_with_group_regency_tagline_and_time()
    {
        var published = await w.PublishedAsync("Pameran Daftar Pendaftar");
        var id = await w.ApplicationAsync(published.Id, w.GroupB);

        var application = Assert.Single((await w.Curation.GetAsync(w.Staff, published.Id, Ct)).Applications);

        Assert.Equal((id, w.GroupB.Name, "Tagline kelompok-b", w.Host.Time.GetUtcNow()), (application.Id, application.GroupName, application.Tagline, application.AppliedAt));
        Assert.False(string.IsNullOrEmpty(application.RegencyName));
    }

    [Fact]
    public async Task Accepting_places_the_booth_in_a_hall_under_an_upper_case_number_and_is_audited()
    {
        var published = await w.PublishedAsync("Pameran Terima", "Aula A", "Aula B");
        var id = await w.ApplicationAsync(published.Id, w.GroupA);

        await w.Curation.AcceptAsync(w.Staff, id, published.Halls[1].Id, " b-01 ", await w.BoothVersionAsync(id), Ct);

        var booth = await w.BoothAsync(id);
        Assert.Equal((BoothStatus.Accepted, published.Halls[1].Id, "B-01", w.Host.Time.GetUtcNow()), (booth.Status, booth.HallId, booth.Number, booth.DecidedAt));
        var audit = Assert.Single(await w.AuditAsync($"Booth:{id}"));
        Assert.Equal(("booth.accept", w.Staff.UserId), (audit.Action, audit.ActorId));
        var view = await w.Curation.GetAsync(w.Staff, published.Id, Ct);
        Assert.Empty(view.Applications);
        Assert.Equal("Aula B", Assert.Single(view.AcceptedBooths).HallName);
    }

    [Fact]
    public async Task A_booth_number_is_used_once_per_exhibition()
    {
        var published = await w.PublishedAsync("Pameran Nomor Ganda", "Aula A", "Aula B");
        var first = await w.ApplicationAsync(published.Id, w.GroupA);
        var second = await w.ApplicationAsync(published.Id, w.GroupB);
        await w.Curation.AcceptAsync(w.Staff, first, published.Halls[0].Id, "A-01", await w.BoothVersionAsync(first), Ct);
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.AcceptAsync(w.Staff, second, published.Halls[1].Id, "a-01", await w.BoothVersionAsync(second), Ct));

        Assert.Equal($"Nomor stan A-01 sudah dipakai {w.GroupA.Name} di pameran ini. Pilih nomor lain.", e.Errors["number"]);
        Assert.Equal(before, await w.SnapshotAsync());
        await Assert.ThrowsAsync<ValidationException>(() => w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupC.Id, published.Halls[1].Id, "A-01", Ct));
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task The_same_number_may_be_used_in_another_exhibition()
    {
        var one = await w.PublishedAsync("Pameran Nomor Satu");
        var two = await w.PublishedAsync("Pameran Nomor Dua");

        await w.Curation.AddBoothAsync(w.Staff, one.Id, w.GroupA.Id, one.Halls[0].Id, "A-01", Ct);
        await w.Curation.AddBoothAsync(w.Staff, two.Id, w.GroupA.Id, two.Halls[0].Id, "A-01", Ct);
    }

    [Fact]
    public async Task Accepting_into_a_hall_of_another_exhibition_is_refused()
    {
        var mine = await w.PublishedAsync("Pameran Aula Sendiri");
        var other = await w.PublishedAsync("Pameran Aula Lain");
        var id = await w.ApplicationAsync(mine.Id, w.GroupA);

        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.AcceptAsync(w.Staff, id, other.Halls[0].Id, "X-1", await w.BoothVersionAsync(id), Ct));

        Assert.Equal("hallId", Assert.Single(e.Errors).Key);
        Assert.Equal(BoothStatus.Applied, (await w.BoothAsync(id)).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Accepting_needs_a_booth_number(string? number)
    {
        var published = await w.PublishedAsync($"Pameran Tanpa Nomor {number?.Length}");
        var id = await w.ApplicationAsync(published.Id, w.GroupA);

        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.AcceptAsync(w.Staff, id, published.Halls[0].Id, number, await w.BoothVersionAsync(id), Ct));

        Assert.Equal("number", Assert.Single(e.Errors).Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public async Task Rejecting_needs_a_reason(string? reason)
    {
        var published = await w.PublishedAsync($"Pameran Tolak Tanpa Alasan {reason?.Length}");
        var id = await w.ApplicationAsync(published.Id, w.GroupA);
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.RejectAsync(w.Staff, id, reason, await w.BoothVersionAsync(id), Ct));

        Assert.Contains("Tulis alasan penolakan", e.Errors["reason"]);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task Rejecting_stores_the_reason_for_the_group_and_is_audited()
    {
        var published = await w.PublishedAsync("Pameran Tolak");
        var id = await w.ApplicationAsync(published.Id, w.GroupA);

        await w.Curation.RejectAsync(w.Staff, id, "  Produk belum berizin PIRT. ", await w.BoothVersionAsync(id), Ct);

        var booth = await w.BoothAsync(id);
        Assert.Equal((BoothStatus.Rejected, "Produk belum berizin PIRT.", (int?)null, (string?)null), (booth.Status, booth.DecisionReason, booth.HallId, booth.Number));
        Assert.Equal("Produk belum berizin PIRT.", Assert.Single(await w.AuditAsync($"Booth:{id}"), a => a.Action == "booth.reject").Details);
    }

    [Theory]
    [InlineData(BoothStatus.Rejected, "sudah ditolak")]
    [InlineData(BoothStatus.Withdrawn, "menarik pendaftarannya")]
    public async Task A_closed_application_is_neither_accepted_nor_rejected(BoothStatus status, string expected)
    {
        var published = await w.PublishedAsync($"Pameran Tertutup {status}");
        var id = await w.ApplicationAsync(published.Id, w.GroupA, status);
        var before = await w.SnapshotAsync();

        var accept = await Assert.ThrowsAsync<ConflictException>(async () => await w.Curation.AcceptAsync(w.Staff, id, published.Halls[0].Id, "A-1", await w.BoothVersionAsync(id), Ct));
        await Assert.ThrowsAsync<ConflictException>(async () => await w.Curation.RejectAsync(w.Staff, id, "Alasan", await w.BoothVersionAsync(id), Ct));

        Assert.Contains(expected, accept.Message);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task Staff_add_a_booth_directly_once_per_group()
    {
        var published = await w.PublishedAsync("Pameran Tambah Langsung", "Aula A");
        var hall = published.Halls[0].Id;
        Assert.Contains(await w.Curation.ListBoothCandidatesAsync(w.Staff, published.Id, Ct), c => c.GroupId == w.GroupA.Id);

        var id = await w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupA.Id, hall, "a-7", Ct);

        var booth = await w.BoothAsync(id);
        Assert.Equal((BoothStatus.Accepted, hall, "A-7", w.GroupA.Id), (booth.Status, booth.HallId, booth.Number, booth.GroupId));
        Assert.Equal("booth.add", Assert.Single(await w.AuditAsync($"Booth:{id}")).Action);
        var candidates = await w.Curation.ListBoothCandidatesAsync(w.Staff, published.Id, Ct);
        Assert.DoesNotContain(candidates, c => c.GroupId == w.GroupA.Id || c.GroupId == w.Inactive.Id);
        var before = await w.SnapshotAsync();

        var again = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupA.Id, hall, "A-8", Ct));

        Assert.Equal("Kelompok ini sudah punya stan A-7 di pameran ini. Satu kelompok satu stan.", again.Errors["groupId"]);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task A_group_that_applied_is_accepted_from_the_list_not_added_twice()
    {
        var published = await w.PublishedAsync("Pameran Sudah Mendaftar");
        await w.ApplicationAsync(published.Id, w.GroupB);

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupB.Id, published.Halls[0].Id, "B-1", Ct));

        Assert.Contains("sudah mendaftar", e.Errors["groupId"]);
        Assert.DoesNotContain(await w.Curation.ListBoothCandidatesAsync(w.Staff, published.Id, Ct), c => c.GroupId == w.GroupB.Id);
    }

    [Fact]
    public async Task An_inactive_group_gets_no_booth()
    {
        var published = await w.PublishedAsync("Pameran Kelompok Nonaktif");
        var before = await w.SnapshotAsync();

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Curation.AddBoothAsync(w.Staff, published.Id, w.Inactive.Id, published.Halls[0].Id, "N-1", Ct));

        Assert.Contains("tidak aktif", e.Errors["groupId"]);
        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task Adding_a_group_whose_application_was_rejected_reuses_its_row()
    {
        var published = await w.PublishedAsync("Pameran Berubah Pikiran");
        var id = await w.ApplicationAsync(published.Id, w.GroupC);
        await w.Curation.RejectAsync(w.Staff, id, "Kuota penuh.", await w.BoothVersionAsync(id), Ct);

        var added = await w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupC.Id, published.Halls[0].Id, "C-1", Ct);

        Assert.Equal(id, added);
        var booth = await w.BoothAsync(id);
        Assert.Equal((BoothStatus.Accepted, "C-1", (string?)null), (booth.Status, booth.Number, booth.DecisionReason));
    }

    [Fact]
    public async Task Moving_a_booth_changes_hall_and_number_but_not_onto_a_taken_number()
    {
        var published = await w.PublishedAsync("Pameran Pindah Stan", "Aula A", "Aula B");
        var a = await w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupA.Id, published.Halls[0].Id, "A-1", Ct);
        await w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupB.Id, published.Halls[0].Id, "A-2", Ct);

        await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.MoveBoothAsync(w.Staff, a, published.Halls[1].Id, "A-2", await w.BoothVersionAsync(a), Ct));
        Assert.Equal("A-1", (await w.BoothAsync(a)).Number);

        await w.Curation.MoveBoothAsync(w.Staff, a, published.Halls[1].Id, "B-1", await w.BoothVersionAsync(a), Ct);

        var booth = await w.BoothAsync(a);
        Assert.Equal((published.Halls[1].Id, "B-1"), (booth.HallId!.Value, booth.Number));
        var move = Assert.Single(await w.AuditAsync($"Booth:{a}"), x => x.Action == "booth.move");
        Assert.Equal($"Hall:{published.Halls[0].Id} A-1 → Hall:{published.Halls[1].Id} B-1", move.Details);
    }

    [Fact]
    public async Task Removing_a_booth_needs_a_reason_keeps_the_row_for_its_inquiries_and_frees_the_number()
    {
        var published = await w.PublishedAsync("Pameran Hapus Stan");
        var hall = published.Halls[0].Id;
        var id = await w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupA.Id, hall, "R-1", Ct);
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            db.Inquiries.Add(new Inquiry
            {
                GroupId = w.GroupA.Id, BoothId = id, BuyerName = "Pembeli", BuyerPhone = "+6281211112222", Message = "Masih ada?",
                CreatedAt = w.Host.Time.GetUtcNow(),
            });
            await db.SaveChangesAsync(Ct);
        }

        var e = await Assert.ThrowsAsync<ValidationException>(async () => await w.Curation.RemoveBoothAsync(w.Staff, id, " ", await w.BoothVersionAsync(id), Ct));
        Assert.Equal("reason", Assert.Single(e.Errors).Key);
        Assert.Equal(BoothStatus.Accepted, (await w.BoothAsync(id)).Status);

        await w.Curation.RemoveBoothAsync(w.Staff, id, "Produk tidak sesuai tema.", await w.BoothVersionAsync(id), Ct);

        var booth = await w.BoothAsync(id);
        Assert.Equal((BoothStatus.Rejected, (int?)null, (string?)null, "Produk tidak sesuai tema."), (booth.Status, booth.HallId, booth.Number, booth.DecisionReason));
        await using (var db = await w.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            Assert.Equal(1, await db.Inquiries.CountAsync(i => i.BoothId == id, Ct));
        }

        Assert.Contains("R-1", Assert.Single(await w.AuditAsync($"Booth:{id}"), x => x.Action == "booth.remove").Details);
        // The number is free again for another group.
        await w.Curation.AddBoothAsync(w.Staff, published.Id, w.GroupB.Id, hall, "R-1", Ct);
    }
}
