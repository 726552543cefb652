using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>Staff decide on submitted listings: approve (public), reject with a reason, and the audit log records it.</summary>
public sealed class ModerationServiceTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approving_publishes_the_product_for_buyers_and_is_audited()
    {
        var id = await w.PendingProductAsync(w.MemberA, "Kopi Kerinci Arabika");
        var slug = (await w.LoadAsync(id)).Slug;
        Assert.Null(await w.Catalog.GetPublishedAsync(slug, Ct));

        await w.Moderation.ApproveAsync(w.Staff, id, Ct);

        var stored = await w.LoadAsync(id);
        Assert.Equal(ProductStatus.Published, stored.Status);
        Assert.Equal(w.Host.Time.GetUtcNow(), stored.PublishedAt);
        var detail = await w.Catalog.GetPublishedAsync(slug, Ct);
        Assert.NotNull(detail);
        Assert.Equal("Kopi Kerinci Arabika", detail.Name);
        Assert.Single(detail.Photos);
        Assert.Contains((await w.Catalog.ListPublishedAsync(1, CatalogService.MaxPageSize, Ct)).Items, c => c.Id == id);
        var approval = Assert.Single(await w.AuditAsync(id), a => a.Action == "product.approve");
        Assert.Equal(w.Staff.UserId, approval.ActorId);
        Assert.Equal(w.Host.Time.GetUtcNow(), approval.At);
    }

    [Fact]
    public async Task Approving_again_after_an_edit_keeps_the_first_publication_date()
    {
        var id = await w.PublishedProductAsync(w.MemberA, "Dodol Kentang Kerinci");
        var firstPublished = (await w.LoadAsync(id)).PublishedAt;
        w.Host.Time.Advance(TimeSpan.FromDays(3));
        var loaded = await w.Editing.GetForEditAsync(w.MemberA, id, Ct);
        await w.Editing.UpdateAsync(w.MemberA, id, MemberWorld.CompleteInput("Dodol Kentang Kerinci Asli"), loaded.Version, Ct);

        await w.Moderation.ApproveAsync(w.Staff, id, Ct);

        var stored = await w.LoadAsync(id);
        Assert.Equal(ProductStatus.Published, stored.Status);
        Assert.Equal(firstPublished, stored.PublishedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task Rejecting_needs_a_reason(string? reason)
    {
        var id = await w.PendingProductAsync(w.MemberA, $"Tanpa Alasan {reason?.Length}");

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Moderation.RejectAsync(w.Staff, id, reason, Ct));

        Assert.Equal(["reason"], e.Errors.Keys);
        Assert.Equal(ProductStatus.PendingReview, (await w.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_reason_of_1000_characters_is_accepted_and_1001_refused()
    {
        var tooLong = await w.PendingProductAsync(w.MemberA, "Alasan Terlalu Panjang");
        var justRight = await w.PendingProductAsync(w.MemberA, "Alasan Pas Panjangnya");

        var e = await Assert.ThrowsAsync<ValidationException>(() => w.Moderation.RejectAsync(w.Staff, tooLong, new string('a', 1001), Ct));
        await w.Moderation.RejectAsync(w.Staff, justRight, new string('b', 1000), Ct);

        Assert.Equal(["reason"], e.Errors.Keys);
        Assert.Equal(ProductStatus.PendingReview, (await w.LoadAsync(tooLong)).Status);
        Assert.Equal(1000, (await w.LoadAsync(justRight)).RejectionReason!.Length);
    }

    [Fact]
    public async Task Rejected_product_shows_the_reason_and_resubmitting_after_an_edit_clears_it()
    {
        var id = await w.PendingProductAsync(w.MemberA, "Kue Maksuba");

        await w.Moderation.RejectAsync(w.Staff, id, "  Foto kemasan buram: ambil ulang di tempat terang.  ", Ct);

        var rejected = await w.Editing.GetForEditAsync(w.MemberA, id, Ct);
        Assert.Equal(ProductStatus.Rejected, rejected.Status);
        Assert.Equal("Foto kemasan buram: ambil ulang di tempat terang.", rejected.RejectionReason);
        Assert.Contains(await w.Editing.ListOwnAsync(w.MemberA, ProductStatus.Rejected, Ct), r => r.Id == id && r.RejectionReason == rejected.RejectionReason);
        var audit = Assert.Single(await w.AuditAsync(id), a => a.Action == "product.reject");
        Assert.Equal(rejected.RejectionReason, audit.Details);
        Assert.Null(await w.Catalog.GetPublishedAsync(rejected.Slug, Ct));

        var input = MemberWorld.CompleteInput("Kue Maksuba");
        input.Description = "Kue lapis khas Jambi dari telur bebek, difoto ulang di tempat terang.";
        await w.Editing.UpdateAsync(w.MemberA, id, input, rejected.Version, Ct);
        var resubmitted = await w.Editing.SubmitAsync(w.MemberA, id, Ct);

        Assert.Equal(ProductStatus.PendingReview, resubmitted.Status);
        Assert.Null(resubmitted.RejectionReason);
        Assert.Null((await w.LoadAsync(id)).RejectionReason);
    }

    [Theory]
    [InlineData(ProductStatus.Draft)]
    [InlineData(ProductStatus.Published)]
    [InlineData(ProductStatus.Rejected)]
    [InlineData(ProductStatus.Archived)]
    public async Task Deciding_on_a_product_that_is_not_waiting_is_a_conflict(ProductStatus status)
    {
        var id = await ProductInStatusAsync(status);
        var before = await w.SnapshotAsync();

        await Assert.ThrowsAsync<ConflictException>(() => w.Moderation.ApproveAsync(w.Staff, id, Ct));
        await Assert.ThrowsAsync<ConflictException>(() => w.Moderation.RejectAsync(w.Staff, id, "Tidak lengkap.", Ct));

        Assert.Equal(before, await w.SnapshotAsync());
    }

    [Fact]
    public async Task Deciding_on_a_product_that_does_not_exist_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => w.Moderation.ApproveAsync(w.Staff, 987_654, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Moderation.RejectAsync(w.Staff, 987_654, "Tidak ada.", Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => w.Moderation.GetForReviewAsync(w.Staff, 987_654, Ct));
    }

    [Fact]
    public async Task Staff_queue_lists_waiting_products_of_every_group_and_previews_them_as_buyers_see_them()
    {
        var a = await w.PendingProductAsync(w.MemberA, "Antrean Kelompok A");
        var b = await w.PendingProductAsync(w.MemberB, "Antrean Kelompok B");
        var draft = await w.CompleteDraftAsync(w.MemberA, "Antrean Draf");

        var queue = await w.Moderation.ListAsync(w.Staff, ct: Ct);
        var (detail, status, reason) = await w.Moderation.GetForReviewAsync(w.Staff, b, Ct);

        Assert.Contains(queue, r => r.Id == a && r.GroupName == w.GroupA.Name && r.Cover is not null);
        Assert.Contains(queue, r => r.Id == b && r.GroupName == w.GroupB.Name);
        Assert.DoesNotContain(queue, r => r.Id == draft.Id);
        Assert.All(queue, r => Assert.Equal(ProductStatus.PendingReview, r.Status));
        Assert.Equal("Antrean Kelompok B", detail.Name);
        Assert.Single(detail.Photos);
        Assert.Equal(ProductStatus.PendingReview, status);
        Assert.Null(reason);
    }

    [Fact]
    public async Task Members_are_forbidden_every_moderation_operation_and_nothing_changes()
    {
        var id = await w.PendingProductAsync(w.MemberA, "Anggota Tidak Boleh Menyetujui");
        var before = await w.SnapshotAsync();

        // Even a member deciding on their own group's product.
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Moderation.ListAsync(w.MemberA, ct: Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Moderation.GetForReviewAsync(w.MemberA, id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Moderation.ApproveAsync(w.MemberA, id, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Moderation.RejectAsync(w.MemberA, id, "Saya tolak sendiri.", Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Moderation.ApproveAsync(w.MemberB, id, Ct));

        Assert.Equal(before, await w.SnapshotAsync());
    }

    private async Task<int> ProductInStatusAsync(ProductStatus status)
    {
        var name = $"Status {status}";
        switch (status)
        {
            case ProductStatus.Draft:
                return (await w.CompleteDraftAsync(w.MemberA, name)).Id;
            case ProductStatus.Published:
                return await w.PublishedProductAsync(w.MemberA, name);
            case ProductStatus.Rejected:
                var rejected = await w.PendingProductAsync(w.MemberA, name);
                await w.Moderation.RejectAsync(w.Staff, rejected, "Kurang jelas.", Ct);
                return rejected;
            default:
                var archived = await w.PendingProductAsync(w.MemberA, name);
                await w.Editing.ArchiveAsync(w.MemberA, archived, Ct);
                return archived;
        }
    }
}
