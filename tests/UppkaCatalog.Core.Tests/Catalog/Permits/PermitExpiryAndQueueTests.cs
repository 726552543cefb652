using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog.Permits;

/// <summary>Halal expiry by the WIB calendar (fake clock), the 60-day warning, and the staff queue.</summary>
public sealed class PermitExpiryAndQueueTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Halal_is_verified_through_its_last_WIB_day_and_expired_from_the_next_WIB_midnight()
    {
        var (group, member) = await w.GroupInAsync("halal-berakhir", "1502");
        var p = await w.ProductAsync(group.Id, "halal-berakhir-produk", halal: "ID15110000777");
        var lastDay = w.Today().AddDays(3);
        await w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok di SIHALAL", lastDay), Ct);

        // The day before the last day, 23:30 WIB.
        w.Host.Time.SetUtcNow(Wib.StartOf(lastDay.AddDays(-1)).AddHours(23.5));
        Assert.Equal(PermitStatus.Verified, await StateAsync(member, p.Id));
        Assert.Equal([PermitKind.Halal], await w.CardPermitsAsync(p.Id));
        // The last day itself, 23:59 WIB (16:59 UTC).
        w.Host.Time.SetUtcNow(Wib.StartOf(lastDay).AddHours(23).AddMinutes(59));
        Assert.Equal(PermitStatus.Verified, await StateAsync(member, p.Id));
        Assert.Equal([PermitKind.Halal], await w.CardPermitsAsync(p.Id));
        Assert.Equal([PermitKind.Halal], await StorefrontCardAsync(group.Slug, p.Id));
        // 00:01 WIB the day after: still the last day in UTC (17:01), but expired in Jambi.
        w.Host.Time.SetUtcNow(Wib.StartOf(lastDay.AddDays(1)).AddMinutes(1));
        Assert.Equal(lastDay, DateOnly.FromDateTime(w.Host.Time.GetUtcNow().UtcDateTime));
        Assert.Equal(PermitStatus.Expired, await StateAsync(member, p.Id));
        Assert.Empty(await w.CardPermitsAsync(p.Id));
        // The group's storefront judges by the same injected clock (it once used the system clock).
        Assert.Empty(await StorefrontCardAsync(group.Slug, p.Id));
        var detail = await w.Catalog.GetPublishedAsync(p.Slug, Ct);
        Assert.False(Assert.Single(detail!.Permits).Verified);
        Assert.Empty((await w.Catalog.SearchAsync(new CatalogQuery { Regency = "1502", VerifiedOnly = true }, Ct)).Results.Items);
        // Expired ones stay on the warning lists (days left below zero) until renewed.
        Assert.Equal(-1, Assert.Single(await w.Permits().ExpiringForMyGroupAsync(member, Ct)).DaysLeft);
    }

    [Fact]
    public async Task Staff_and_the_group_are_warned_from_60_days_before_the_last_day_not_61()
    {
        var (group, member) = await w.GroupInAsync("halal-peringatan", "1503");
        var in61 = await w.ProductAsync(group.Id, "halal-61-hari", halal: "ID-61");
        var in60 = await w.ProductAsync(group.Id, "halal-60-hari", halal: "ID-60");
        var today = w.Today();
        await w.Permits().VerifyAsync(w.Staff, in61.Id, PermitKind.Halal, new("Cocok", today.AddDays(61)), Ct);
        await w.Permits().VerifyAsync(w.Staff, in60.Id, PermitKind.Halal, new("Cocok", today.AddDays(60)), Ct);

        var mine = await w.Permits().ExpiringForMyGroupAsync(member, Ct);
        Assert.Equal([(in60.Id, 60)], mine.Select(x => (x.ProductId, x.DaysLeft)));
        var staff = await w.Permits().ExpiringAsync(w.Staff, Ct);
        Assert.Contains(staff, x => x.ProductId == in60.Id);
        Assert.DoesNotContain(staff, x => x.ProductId == in61.Id);
        Assert.True((await w.Permits().ForProductAsync(member, in60.Id, Ct)).Of(PermitKind.Halal).ExpiresSoon);
        Assert.False((await w.Permits().ForProductAsync(member, in61.Id, Ct)).Of(PermitKind.Halal).ExpiresSoon);
        // Another group's member sees none of them.
        Assert.DoesNotContain(await w.Permits().ExpiringForMyGroupAsync(w.MemberB, Ct), x => x.GroupId == group.Id);
    }

    [Fact]
    public async Task The_queue_lists_waiting_numbers_oldest_first_by_regency_and_kind_with_paging()
    {
        var (bungo, _) = await w.GroupInAsync("antrean-bungo", "1509");
        var (tebo, _) = await w.GroupInAsync("antrean-tebo", "1508");
        var t0 = w.Host.Time.GetUtcNow().AddDays(-30);
        var newest = await w.ProductAsync(bungo.Id, "antrean-baru", pirt: "P-3", updatedAt: t0.AddDays(3));
        var oldest = await w.ProductAsync(bungo.Id, "antrean-lama", pirt: "P-1", halal: "H-1", updatedAt: t0.AddDays(1));
        var middle = await w.ProductAsync(bungo.Id, "antrean-tengah", bpom: "B-2", updatedAt: t0.AddDays(2));
        var decided = await w.ProductAsync(bungo.Id, "antrean-selesai", pirt: "P-9", updatedAt: t0);
        await w.Permits().VerifyAsync(w.Staff, decided.Id, PermitKind.Pirt, new("Cocok"), Ct);
        var archived = await w.ProductAsync(bungo.Id, "antrean-arsip", pirt: "P-0", status: ProductStatus.Archived, updatedAt: t0);
        var elsewhere = await w.ProductAsync(tebo.Id, "antrean-tebo-produk", pirt: "P-T", updatedAt: t0);

        var all = await w.Permits().QueueAsync(w.Staff, new PermitQueueQuery { Regency = "1509" }, Ct);
        Assert.Equal(
            [(oldest.Id, PermitKind.Pirt), (oldest.Id, PermitKind.Halal), (middle.Id, PermitKind.Bpom), (newest.Id, PermitKind.Pirt)],
            all.Items.Select(i => (i.ProductId, i.Kind)));
        Assert.All(all.Items, i => Assert.Equal("Kelompok antrean-bungo", i.GroupName));
        Assert.DoesNotContain(all.Items, i => i.ProductId == decided.Id || i.ProductId == archived.Id || i.ProductId == elsewhere.Id);

        var pirt = await w.Permits().QueueAsync(w.Staff, new PermitQueueQuery { Regency = "bungo", Kind = PermitKind.Pirt }, Ct);
        Assert.Equal([oldest.Id, newest.Id], pirt.Items.Select(i => i.ProductId));

        var page2 = await w.Permits().QueueAsync(w.Staff, new PermitQueueQuery { Regency = "1509", PageSize = 3, Page = 2 }, Ct);
        Assert.Equal((2, 2, 4), (page2.Page, page2.PageCount, page2.TotalCount));
        Assert.Equal([newest.Id], page2.Items.Select(i => i.ProductId));
        var beyond = await w.Permits().QueueAsync(w.Staff, new PermitQueueQuery { Regency = "1509", PageSize = 3, Page = 99 }, Ct);
        Assert.Equal(2, beyond.Page);

        // A refused number leaves the queue; a new number puts it back, as the newest.
        await w.Permits().RefuseAsync(w.Staff, oldest.Id, PermitKind.Pirt, "Foto sertifikat buram.", ct: Ct);
        await w.SetNumberAsync(oldest.Id, PermitKind.Pirt, "P-1b");
        var again = await w.Permits().QueueAsync(w.Staff, new PermitQueueQuery { Regency = "1509", Kind = PermitKind.Pirt }, Ct);
        Assert.Equal([(newest.Id, "P-3"), (oldest.Id, "P-1b")], again.Items.Select(i => (i.ProductId, i.Number)));
    }

    private async Task<PermitStatus> StateAsync(Actor member, int productId) =>
        (await w.Permits().ForProductAsync(member, productId, Ct)).Of(PermitKind.Halal).State;

    private async Task<IReadOnlyList<PermitKind>> StorefrontCardAsync(string groupSlug, int productId) =>
        (await w.Get<StorefrontService>().GetAsync(groupSlug, Ct))!.Products.Single(c => c.Id == productId).VerifiedPermits;
}
