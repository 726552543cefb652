using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Tests.Support;
using UppkaCatalog.Tests.Shared;

namespace UppkaCatalog.Core.Tests.Exhibitions;

/// <summary>Editing, withdrawing and re-applying, with the windows of each, and the banner.</summary>
public sealed class BoothEditTests(BoothWorld w) : IClassFixture<BoothWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int GroupA => w.World.GroupA.Id;

    [Fact]
    public async Task An_accepted_booth_can_be_edited_during_the_exhibition_and_keeps_its_hall_number_and_status()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(3), await w.SeenAsync(id, w.MemberA), Ct);
        await w.DecideAsync(id, GroupA, BoothStatus.Accepted, number: "A-07");
        var accepted = await w.BoothAsync(id, GroupA);
        w.SetNow(w.Now.AddDays(21)); // the exhibition is on

        var edited = new BoothInput
        {
            Tagline = "Slogan baru",
            Products = [new(w.ProductsA[2]), new(w.ProductsA[4], 19_000), new(w.ProductsA[0], 21_000)],
        };
        await w.Booths.UpdateAsync(w.MemberA, id, edited, await w.ShownAsync(id, w.MemberA), Ct);

        var booth = await w.BoothAsync(id, GroupA);
        Assert.Equal((BoothStatus.Accepted, accepted.HallId, "A-07", accepted.DecidedAt), (booth.Status, booth.HallId, booth.Number, booth.DecidedAt));
        Assert.Equal("Slogan baru", booth.Tagline);
        Assert.Equal(
            [(w.ProductsA[2], (long?)null), (w.ProductsA[4], 19_000L), (w.ProductsA[0], 21_000L)],
            booth.Products.Select(p => (p.ProductId, p.ExhibitionPrice)).ToArray());
        Assert.Equal(["booth.apply", "booth.update"], await w.AuditActionsAsync(booth.Id));
    }

    [Fact]
    public async Task Editing_at_the_end_of_the_exhibition_is_refused_and_a_second_before_is_taken()
    {
        var ends = Wib.StartOf(Wib.DayOf(w.Now).AddDays(30));
        var id = await w.ExhibitionAsync(ends: ends);
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);
        await w.DecideAsync(id, GroupA, BoothStatus.Accepted, number: "B-01");

        w.SetNow(ends.AddSeconds(-1));
        await w.Booths.UpdateAsync(w.MemberA, id, w.Input(3), await w.ShownAsync(id, w.MemberA), Ct);
        w.SetNow(ends);
        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.UpdateAsync(w.MemberA, id, w.Input(4), await w.ShownAsync(id, w.MemberA), Ct));

        Assert.Equal("Pameran sudah berakhir. Stan tidak bisa diubah lagi.", refusal.Message);
        var view = await w.Booths.GetAsync(w.MemberA, id, Ct);
        Assert.False(view.CanEdit);
        Assert.False(view.CanWithdraw);
    }

    [Theory]
    [InlineData(BoothStatus.Rejected)]
    [InlineData(BoothStatus.Withdrawn)]
    public async Task A_rejected_or_withdrawn_booth_cannot_be_edited(BoothStatus status)
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);
        await w.DecideAsync(id, GroupA, status, reason: "Alasan");

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.UpdateAsync(w.MemberA, id, w.Input(3), await w.ShownAsync(id, w.MemberA), Ct));

        Assert.Equal("status", Assert.Single(refusal.Errors).Key);
    }

    [Fact]
    public async Task Editing_refuses_a_price_not_below_normal_and_writes_nothing()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);
        var input = new BoothInput { Tagline = "Baru", Products = [new(w.ProductsA[0], BoothWorld.NormalPrice)] };

        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.UpdateAsync(w.MemberA, id, input, await w.ShownAsync(id, w.MemberA), Ct));

        Assert.Equal("products[0].exhibitionPrice", Assert.Single(refusal.Errors).Key);
    }

    [Fact]
    public async Task An_application_can_be_withdrawn_while_registration_is_open_but_not_after_it_closes()
    {
        var closes = w.Now.AddDays(5);
        var open = await w.ExhibitionAsync(closes: closes);
        var late = await w.ExhibitionAsync(closes: closes);
        await w.Booths.ApplyAsync(w.MemberA, open, w.Input(), await w.SeenAsync(open, w.MemberA), Ct);
        await w.Booths.ApplyAsync(w.MemberA, late, w.Input(), await w.SeenAsync(late, w.MemberA), Ct);

        var view = await w.Booths.WithdrawAsync(w.MemberA, open, await w.ShownAsync(open, w.MemberA), Ct);
        Assert.Equal(BoothStatus.Withdrawn, view.Booth!.Status);
        Assert.Contains("booth.withdraw", await w.AuditActionsAsync(view.Booth.BoothId));

        w.SetNow(closes);
        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.WithdrawAsync(w.MemberA, late, await w.ShownAsync(late, w.MemberA), Ct));
        Assert.Contains("Pendaftaran stan sudah ditutup", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_accepted_booth_can_be_withdrawn_until_the_exhibition_starts_and_gives_up_its_number()
    {
        var starts = w.Now.AddDays(20);
        var early = await w.ExhibitionAsync(starts: starts);
        var late = await w.ExhibitionAsync(starts: starts);
        foreach (var id in new[] { early, late })
        {
            await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);
            await w.DecideAsync(id, GroupA, BoothStatus.Accepted, number: "C-01");
        }

        w.SetNow(starts.AddSeconds(-1)); // registration has closed by now: an accepted booth may still withdraw
        await w.Booths.WithdrawAsync(w.MemberA, early, await w.ShownAsync(early, w.MemberA), Ct);
        var withdrawn = await w.BoothAsync(early, GroupA);
        Assert.Equal((BoothStatus.Withdrawn, (int?)null, (string?)null), (withdrawn.Status, withdrawn.HallId, withdrawn.Number));

        w.SetNow(starts);
        var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.WithdrawAsync(w.MemberA, late, await w.ShownAsync(late, w.MemberA), Ct));
        Assert.Contains("Pameran sudah dimulai", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BoothStatus.Withdrawn)]
    [InlineData(BoothStatus.Rejected)]
    public async Task Applying_again_reuses_the_booth_row_and_clears_the_decision(BoothStatus status)
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(3), await w.SeenAsync(id, w.MemberA), Ct);
        var first = await w.BoothAsync(id, GroupA);
        if (status == BoothStatus.Withdrawn) await w.Booths.WithdrawAsync(w.MemberA, id, await w.ShownAsync(id, w.MemberA), Ct);
        else await w.DecideAsync(id, GroupA, status, reason: "Foto produk kurang jelas");
        var count = await w.BoothCountAsync();
        w.SetNow(w.Now.AddHours(1));

        var input = new BoothInput { Tagline = "Kedua kali", Products = [new(w.ProductsA[5]), new(w.ProductsA[1], 9_000)] };
        await w.Booths.ApplyAsync(w.MemberA, id, input, await w.SeenAsync(id, w.MemberA), Ct);

        var again = await w.BoothAsync(id, GroupA);
        Assert.Equal(count, await w.BoothCountAsync());
        Assert.Equal(first.Id, again.Id);
        Assert.Equal((BoothStatus.Applied, (DateTimeOffset?)null, (string?)null, (int?)null, w.Now), (again.Status, again.DecidedAt, again.DecisionReason, again.HallId, again.AppliedAt));
        Assert.Equal([(w.ProductsA[5], (long?)null), (w.ProductsA[1], 9_000L)], again.Products.Select(p => (p.ProductId, p.ExhibitionPrice)).ToArray());
        Assert.Equal("booth.reapply", (await w.AuditActionsAsync(first.Id)).Last());
    }

    [Fact]
    public async Task A_product_in_the_booth_that_went_back_to_review_may_stay_but_cannot_be_added_anew()
    {
        var id = await w.ExhibitionAsync();
        var other = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(2), await w.SeenAsync(id, w.MemberA), Ct);
        await using (var db = await w.World.Host.DbFactory.CreateDbContextAsync(Ct))
        {
            var p = await db.Products.FindAsync([w.ProductsA[1]], Ct);
            p!.Status = ProductStatus.PendingReview;
            await db.SaveChangesAsync(Ct);
        }

        try
        {
            await w.Booths.UpdateAsync(w.MemberA, id, w.Input(2, "Tetap"), await w.ShownAsync(id, w.MemberA), Ct);
            var refusal = await w.RefusedAsync<ValidationException>(async () => await w.Booths.ApplyAsync(w.MemberA, other, w.Input(2), await w.SeenAsync(other, w.MemberA), Ct));
            Assert.Equal("products[1].productId", Assert.Single(refusal.Errors).Key);
        }
        finally
        {
            await using var db = await w.World.Host.DbFactory.CreateDbContextAsync(Ct);
            var p = await db.Products.FindAsync([w.ProductsA[1]], Ct);
            p!.Status = ProductStatus.Published;
            await db.SaveChangesAsync(Ct);
        }
    }

    [Fact]
    public async Task A_new_banner_replaces_the_old_one_whose_files_are_deleted()
    {
        var id = await w.ExhibitionAsync();
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);
        var filesBefore = w.World.MediaFiles();

        using (var first = new MemoryStream(TestImages.Jpeg(1200, 400))) await w.Booths.ReplaceBannerAsync(w.MemberA, id, first, await w.ShownAsync(id, w.MemberA), Ct);
        var firstKey = (await w.BoothAsync(id, GroupA)).BannerKey;
        var firstFiles = w.World.MediaFiles().Except(filesBefore).ToList();
        using (var second = new MemoryStream(TestImages.Jpeg(1200, 400))) await w.Booths.ReplaceBannerAsync(w.MemberA, id, second, await w.ShownAsync(id, w.MemberA), Ct);
        var view = await w.Booths.GetAsync(w.MemberA, id, Ct);

        Assert.NotNull(firstKey);
        Assert.NotEmpty(firstFiles);
        Assert.NotEqual(firstKey, view.Booth!.BannerKey);
        Assert.NotNull(view.Booth.Banner);
        Assert.Empty(firstFiles.Intersect(w.World.MediaFiles()));
        Assert.All(view.Booth.Banner.Variants, v => Assert.Contains(v.Key.Replace('/', Path.DirectorySeparatorChar), w.World.MediaFiles()));
    }

    [Fact]
    public async Task A_banner_after_the_exhibition_ended_or_too_small_is_refused_and_leaves_no_files()
    {
        var id = await w.ExhibitionAsync(ends: w.Now.AddDays(27));
        await w.Booths.ApplyAsync(w.MemberA, id, w.Input(), await w.SeenAsync(id, w.MemberA), Ct);

        var small = await w.RefusedAsync<ValidationException>(async () =>
        {
            using var upload = new MemoryStream(TestImages.Jpeg(400, 200));
            await w.Booths.ReplaceBannerAsync(w.MemberA, id, upload, await w.ShownAsync(id, w.MemberA), Ct);
        });
        Assert.Equal("banner", Assert.Single(small.Errors).Key);

        w.SetNow(w.Now.AddDays(28));
        var late = await w.RefusedAsync<ValidationException>(async () =>
        {
            using var upload = new MemoryStream(TestImages.Jpeg(1200, 400));
            await w.Booths.ReplaceBannerAsync(w.MemberA, id, upload, await w.ShownAsync(id, w.MemberA), Ct);
        });
        Assert.Equal("Pameran sudah berakhir. Stan tidak bisa diubah lagi.", late.Message);
    }
}
