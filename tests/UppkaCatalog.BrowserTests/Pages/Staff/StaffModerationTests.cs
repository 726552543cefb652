using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.BrowserTests.Pages.Catalog;
using UppkaCatalog.Core.Catalog;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>Staff check submitted listings in <c>/staf/moderasi</c>: approve (then buyers see it) or reject with a reason.</summary>
public sealed class StaffModerationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Staff_approve_a_listing_from_the_queue_and_it_appears_in_the_catalogue()
    {
        var name = StaffTestData.UniqueName("Keripik Pisang Setuju");
        var id = await StaffTestData.PendingProductAsync(App, name);
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var queue = new ModerationQueuePage(page);
        await queue.OpenAsync();
        await Expect(queue.ItemNamed(name)).ToHaveCountAsync(1);
        await Expect(queue.ItemNamed(name)).ToContainTextAsync("Rp 22.500");

        var review = await queue.OpenReviewAsync(name);
        await review.WaitInteractiveAsync();
        // The listing as buyers will see it: the public page's heading, price and photo.
        await Expect(review.Heading).ToHaveTextAsync(name);
        await Expect(review.Preview.Locator(".product-info__price")).ToContainTextAsync("Rp 22.500");
        await Expect(review.Preview.Locator($"img[alt='Kemasan {name}']").First).ToBeVisibleAsync();
        await review.ApproveAsync();

        await AreaWaits.ForAddressAsync(page, url => url.EndsWith(ModerationQueuePage.Path, StringComparison.Ordinal), "The decision");
        await Expect(queue.Snackbars).ToContainTextAsync("disetujui");
        await Expect(queue.ItemNamed(name)).ToHaveCountAsync(0);
        Assert.Equal(ProductStatus.Published, (await StaffTestData.StatusAsync(App, id)).Status);
        var catalog = new CatalogPage(await NewPageAsync());
        await catalog.OpenAsync();
        await Expect(catalog.ProductCards.Filter(new() { HasTextString = name })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Staff_reject_with_a_reason_and_an_empty_reason_is_named_beside_the_field()
    {
        var name = StaffTestData.UniqueName("Dodol Tolak");
        var id = await StaffTestData.PendingProductAsync(App, name, member: 6, photo: "dodol");
        var page = await NewPageAsync(width: 360);
        await StaffAreaPage.SignInAsync(page);
        var review = new ReviewPage(page);
        await review.OpenAsync(id);

        await review.RejectButton.ClickAsync();
        await Expect(review.ReasonMessage).ToHaveTextAsync("Tulis alasan penolakan, agar anggota tahu apa yang harus diperbaiki.");
        await Expect(review.RejectReason).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(ProductStatus.PendingReview, (await StaffTestData.StatusAsync(App, id)).Status);

        await review.RejectAsync("Foto kemasan buram. Foto ulang di tempat terang, label PIRT harus terbaca.");

        await AreaWaits.ForAddressAsync(page, url => url.EndsWith(ModerationQueuePage.Path, StringComparison.Ordinal), "The decision");
        await Expect(review.Snackbars).ToContainTextAsync("ditolak");
        var (status, reason) = await StaffTestData.StatusAsync(App, id);
        Assert.Equal(ProductStatus.Rejected, status);
        Assert.Equal("Foto kemasan buram. Foto ulang di tempat terang, label PIRT harus terbaca.", reason);
    }

    [Fact]
    public async Task When_a_colleague_decided_first_the_page_says_so_instead_of_overwriting()
    {
        var name = StaffTestData.UniqueName("Amplang Bentrok");
        var id = await StaffTestData.PendingProductAsync(App, name, photo: "amplang");
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var review = new ReviewPage(page);
        await review.OpenAsync(id);
        // Another staff member rejects it while this page is open.
        await App.Services.GetRequiredService<ModerationService>().RejectAsync(await StaffTestData.StaffActorAsync(App), id, "Harga belum wajar.", TestContext.Current.CancellationToken);

        await review.ApproveAsync();

        await Expect(review.ConflictAlert).ToContainTextAsync("sudah diputuskan staf lain");
        Assert.EndsWith(ReviewPage.PathFor(id), page.Url);
        Assert.Equal((ProductStatus.Rejected, "Harga belum wajar."), await StaffTestData.StatusAsync(App, id));
    }

    [Fact]
    public async Task An_incomplete_listing_cannot_be_approved_and_the_page_says_what_is_missing()
    {
        var name = StaffTestData.UniqueName("Kopi Belum Lengkap");
        var id = await StaffTestData.PendingProductAsync(App, name, photo: "kopi");
        // The description was emptied after submission (e.g. by an older client): approving must not publish it.
        await StaffTestData.QueryAsync(App, db => db.Products.Where(p => p.Id == id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Description, ""), TestContext.Current.CancellationToken));
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var review = new ReviewPage(page);
        await review.OpenAsync(id);

        await review.ApproveAsync();

        await Expect(page.Locator("main .decision [role=alert]")).ToContainTextAsync("Belum lengkap");
        // Still on the page, still pending, and rejecting (with what to fix) remains possible.
        await Expect(review.RejectButton).ToBeVisibleAsync();
        Assert.Equal(ProductStatus.PendingReview, (await StaffTestData.StatusAsync(App, id)).Status);
    }
}
