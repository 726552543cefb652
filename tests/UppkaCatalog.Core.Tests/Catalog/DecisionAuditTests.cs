using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>
/// Every decision is written together with its audit entry: with the audit log failing, the decision does not
/// happen either. A fresh database per test, since the log is broken on purpose.
/// </summary>
public sealed class DecisionAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approval_is_not_saved_without_its_audit_entry()
    {
        await using var w = await MemberWorld.StartAsync();
        var id = await w.PendingProductAsync(w.MemberA, "Approve Tanpa Log");
        await w.BreakAuditLogAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Moderation.ApproveAsync(w.Staff, id, Ct));

        var stored = await w.LoadAsync(id);
        Assert.Equal(ProductStatus.PendingReview, stored.Status);
        Assert.Null(stored.PublishedAt);
    }

    [Fact]
    public async Task Rejection_is_not_saved_without_its_audit_entry()
    {
        await using var w = await MemberWorld.StartAsync();
        var id = await w.PendingProductAsync(w.MemberA, "Reject Tanpa Log");
        await w.BreakAuditLogAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Moderation.RejectAsync(w.Staff, id, "Buram.", Ct));

        var stored = await w.LoadAsync(id);
        Assert.Equal(ProductStatus.PendingReview, stored.Status);
        Assert.Null(stored.RejectionReason);
    }

    [Fact]
    public async Task Submit_archive_restore_and_update_are_not_saved_without_their_audit_entries()
    {
        await using var w = await MemberWorld.StartAsync();
        var draft = await w.CompleteDraftAsync(w.MemberA, "Ubah Tanpa Log");
        await w.AddPhotoAsync(w.MemberA, draft.Id);
        var archived = await w.CompleteDraftAsync(w.MemberA, "Arsip Tanpa Log");
        await w.Editing.ArchiveAsync(w.MemberA, archived.Id, Ct);
        var version = (await w.LoadAsync(draft.Id)).Version;
        await w.BreakAuditLogAsync();
        var before = await w.SnapshotAsync();

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Editing.SubmitAsync(w.MemberA, draft.Id, Ct));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Editing.ArchiveAsync(w.MemberA, draft.Id, Ct));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => w.Editing.RestoreAsync(w.MemberA, archived.Id, Ct));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            w.Editing.UpdateAsync(w.MemberA, draft.Id, MemberWorld.CompleteInput("Ubah Tanpa Log", price: 1), version, Ct));

        Assert.Equal(before, await w.SnapshotAsync());
    }
}
