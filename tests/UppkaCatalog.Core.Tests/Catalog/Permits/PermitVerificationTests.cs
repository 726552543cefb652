using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog.Permits;

/// <summary>Verify and refuse (issue 16): staff only, audited, and a verification that holds only for the number checked.</summary>
public sealed class PermitVerificationTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_may_neither_verify_nor_refuse_nor_read_the_queue_and_nothing_is_written()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "izin-hanya-staf", pirt: "2061505010001-27");
        var before = await w.SnapshotAsync();
        var rowBefore = await w.RowAsync(p.Id, PermitKind.Pirt);

        await Assert.ThrowsAsync<ForbiddenException>(() => w.Permits().VerifyAsync(w.MemberA, p.Id, PermitKind.Pirt, new("Cocok"), Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Permits().RefuseAsync(w.MemberA, p.Id, PermitKind.Pirt, "Tidak cocok", ct: Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Permits().QueueAsync(w.MemberA, new PermitQueueQuery(), Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Permits().ExpiringAsync(w.MemberA, Ct));
        var partner = new Actor("officer-x", null, IsStaff: false, PartnerId: 1);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Permits().VerifyAsync(partner, p.Id, PermitKind.Pirt, new("Cocok"), Ct));

        Assert.Equal(before, await w.SnapshotAsync());
        var rowAfter = await w.RowAsync(p.Id, PermitKind.Pirt);
        Assert.Equal(PermitState.Waiting, rowAfter!.State);
        Assert.Equal(rowBefore!.DecidedAt, rowAfter.DecidedAt);
    }

    [Fact]
    public async Task Staff_verify_with_a_note_recording_who_and_when_and_an_audit_row_of_the_same_save()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "izin-diverifikasi", pirt: "2061505010002-27");
        w.Host.Time.Advance(TimeSpan.FromMinutes(5));
        var now = w.Host.Time.GetUtcNow();

        var view = await w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Pirt, new("  Dicocokkan dengan SPP-IRT asli, Dinkes Muaro Jambi  "), Ct);

        Assert.Equal(PermitStatus.Verified, view.State);
        var row = await w.RowAsync(p.Id, PermitKind.Pirt);
        Assert.Equal((PermitState.Verified, "2061505010002-27", "Dicocokkan dengan SPP-IRT asli, Dinkes Muaro Jambi", w.Staff.UserId, now),
            (row!.State, row.Number, row.Note, row.DecidedBy, row.DecidedAt!.Value));
        var audit = Assert.Single(await w.AuditAsync(p.Id), a => a.Action == "permit.verify");
        Assert.Equal(w.Staff.UserId, audit.ActorId);
        Assert.Contains("pirt 2061505010002-27", audit.Details);
        // The group sees the state, not staff's working note.
        var mine = await w.Permits().ForProductAsync(w.MemberA, p.Id, Ct);
        Assert.Equal(PermitStatus.Verified, mine.Of(PermitKind.Pirt).State);
        Assert.Null(mine.Of(PermitKind.Pirt).Note);
        Assert.NotNull((await w.Permits().ForProductAsync(w.Staff, p.Id, Ct)).Of(PermitKind.Pirt).Note);
    }

    [Fact]
    public async Task Verify_needs_a_note_a_number_and_for_halal_an_expiry_not_in_the_past()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "izin-isian-wajib", halal: "ID15110000123456");
        var before = await w.SnapshotAsync();

        var noNote = await Assert.ThrowsAsync<ValidationException>(() => w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("  ", w.Today().AddDays(100)), Ct));
        Assert.Equal(["note"], noNote.Errors.Keys);
        var noExpiry = await Assert.ThrowsAsync<ValidationException>(() => w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok"), Ct));
        Assert.StartsWith("Isi tanggal berakhirnya sertifikat halal, atau pilih", noExpiry.Errors["expiresAt"]);
        var both = await Assert.ThrowsAsync<ValidationException>(() =>
            w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok", w.Today().AddDays(100), NoExpiry: true), Ct));
        Assert.Equal("Pilih salah satu: tanggal berakhir, atau tanpa tanggal berakhir.", both.Errors["expiresAt"]);
        var past = await Assert.ThrowsAsync<ValidationException>(() => w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok", w.Today().AddDays(-1)), Ct));
        Assert.Contains("sudah berakhir", past.Errors["expiresAt"]);
        var typo = await Assert.ThrowsAsync<ValidationException>(() => w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok", new DateOnly(2207, 5, 1)), Ct));
        Assert.Equal("Tanggal berakhir 1 Mei 2207 lebih dari 25 tahun lagi: periksa tahunnya di sertifikat.", typo.Errors["expiresAt"]);
        var noNumber = await Assert.ThrowsAsync<ValidationException>(() => w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Bpom, new("Cocok"), Ct));
        Assert.Equal("Produk ini belum punya nomor BPOM.", noNumber.Errors["number"]);
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => w.Permits().RefuseAsync(w.Staff, p.Id, PermitKind.Halal, " ", ct: Ct));
        Assert.Equal(["reason"], noReason.Errors.Keys);
        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().VerifyAsync(w.Staff, 987_654, PermitKind.Pirt, new("Cocok"), Ct));
        // Staff looked at a number the group has changed since: nothing is decided.
        await Assert.ThrowsAsync<ConflictException>(() => w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok", w.Today().AddDays(100), "ID-LAMA"), Ct));

        Assert.Equal(before, await w.SnapshotAsync());
        Assert.Equal(PermitState.Waiting, (await w.RowAsync(p.Id, PermitKind.Halal))!.State);
    }

    [Fact]
    public async Task A_refusal_carries_its_reason_to_the_group_and_is_audited()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "izin-ditolak", bpom: "MD 123456789012");

        await w.Permits().RefuseAsync(w.Staff, p.Id, PermitKind.Bpom, "Nomor tidak ada di cekbpom.pom.go.id.", ct: Ct);

        var view = (await w.Permits().ForProductAsync(w.MemberA, p.Id, Ct)).Of(PermitKind.Bpom);
        Assert.Equal((PermitStatus.Refused, "Nomor tidak ada di cekbpom.pom.go.id."), (view.State, view.RefusalReason));
        Assert.Single(await w.AuditAsync(p.Id), a => a.Action == "permit.refuse" && a.ActorId == w.Staff.UserId);
        Assert.DoesNotContain((await w.Catalog.GetPublishedAsync(p.Slug, Ct))!.Permits, x => x.Verified);
    }

    [Fact]
    public async Task Another_groups_member_cannot_read_a_products_permits()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "izin-kelompok-lain", pirt: "2061505010003-27");

        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().ForProductAsync(w.MemberB, p.Id, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Permits().ForProductAsync(new Actor("x", null, false), p.Id, Ct));
        Assert.Equal(PermitStatus.Waiting, (await w.Permits().ForProductAsync(w.MemberA, p.Id, Ct)).Of(PermitKind.Pirt).State);
    }

    [Fact]
    public async Task Changing_a_verified_number_in_the_editor_takes_the_verification_away_in_the_same_save()
    {
        var draft = await w.Editing.CreateDraftAsync(w.MemberA, MemberWorld.CompleteInput("Keripik Izin Diubah"), Ct);
        var input = MemberWorld.CompleteInput("Keripik Izin Diubah");
        input.PirtNumber = "2061505010004-27";
        var edited = await w.Editing.UpdateAsync(w.MemberA, draft.Id, input, draft.Version, Ct);
        await w.Permits().VerifyAsync(w.Staff, draft.Id, PermitKind.Pirt, new("Cocok dengan sertifikat"), Ct);
        Assert.Equal(PermitStatus.Verified, (await w.Permits().ForProductAsync(w.MemberA, draft.Id, Ct)).Of(PermitKind.Pirt).State);

        input.PirtNumber = "2061505010004-28";
        await w.Editing.UpdateAsync(w.MemberA, draft.Id, input, edited.Version, Ct);

        var row = await w.RowAsync(draft.Id, PermitKind.Pirt);
        Assert.Equal((PermitState.Waiting, "2061505010004-28", null, null, null), (row!.State, row.Number, row.Note, row.DecidedBy, row.DecidedAt));
        Assert.Equal(PermitStatus.Waiting, (await w.Permits().ForProductAsync(w.MemberA, draft.Id, Ct)).Of(PermitKind.Pirt).State);
        Assert.Single(await w.AuditAsync(draft.Id), a => a.Action == "permit.cleared");
    }

    [Fact]
    public async Task Any_save_that_changes_or_removes_a_verified_number_clears_it_and_the_card_loses_its_badge()
    {
        var p = await w.ProductAsync(w.GroupA.Id, "izin-jalur-lain", halal: "ID15110000999", bpom: "MD 222");
        await w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok di SIHALAL", w.Today().AddDays(300)), Ct);
        await w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Bpom, new("Cocok di cekbpom"), Ct);
        Assert.Equal([PermitKind.Halal, PermitKind.Bpom], await CardPermitsAsync(p.Id));

        await w.SetNumberAsync(p.Id, PermitKind.Halal, "ID15110000998");
        await w.SetNumberAsync(p.Id, PermitKind.Bpom, null);

        Assert.Empty(await CardPermitsAsync(p.Id));
        Assert.Equal((PermitState.Waiting, "ID15110000998", (DateOnly?)null), ((await w.RowAsync(p.Id, PermitKind.Halal))!.State,
            (await w.RowAsync(p.Id, PermitKind.Halal))!.Number, (await w.RowAsync(p.Id, PermitKind.Halal))!.ExpiresOn));
        Assert.Null(await w.RowAsync(p.Id, PermitKind.Bpom));
        var detail = await w.Catalog.GetPublishedAsync(p.Slug, Ct);
        Assert.Equal([(PermitKind.Halal, "ID15110000998", false)], detail!.Permits.Select(x => (x.Kind, x.Number, x.Verified)));
    }

    private async Task<IReadOnlyList<PermitKind>> CardPermitsAsync(int productId) =>
        (await w.Catalog.ListPublishedAsync(1, CatalogService.MaxPageSize, Ct)).Items.Single(c => c.Id == productId).VerifiedPermits;
}
