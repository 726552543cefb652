using Microsoft.Playwright;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.BrowserTests.Pages.Manage;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.BrowserTests.Pages.Staff.Exhibitions;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Exhibitions;

/// <summary>
/// The whole life of a booth across the three roles, each in their own browser and only through pages:
/// staff create and publish an exhibition with two halls, a demo member applies with two products (one at an
/// exhibition price), staff accept the application into the second hall, and a buyer finds the booth in the
/// hall and opens it.
/// </summary>
public sealed class ExhibitionJourneyTests(AppFixture app) : BrowserTest(app)
{
    // No other browser test signs in as group 9's member; the exhibition is this test's own anyway.
    private const string MemberEmail = "anggota9@uppka.test";

    [Fact]
    public async Task Staff_publish_a_member_applies_staff_accept_and_a_buyer_opens_the_booth_from_the_hall()
    {
        var title = StaffTestData.UniqueName("Pameran Perjalanan Stan");
        var member = await MemberGroupAsync();
        var normal = member.Products[0].Price;
        var special = normal / 2 / 500 * 500; // a round half price, well below the normal one
        Assert.True(special > 0, "the demo product should cost at least Rp 1.000");

        // Staff: create with two halls, registration open now, publish.
        var staffPage = await NewPageAsync();
        await StaffAreaPage.SignInAsync(staffPage);
        var curation = await StaffCurationTests.CreatePublishedAsync(new ExhibitionCurationPage(staffPage), title, "Aula Pangan", "Aula Kriya");
        var exhibitionId = curation.Id;
        var slug = await StaffTestData.QueryAsync(App, db => db.Exhibitions.Where(e => e.Id == exhibitionId).Select(e => e.Slug).SingleAsync());

        // Member (on a phone): applies with two products, the first at an exhibition price.
        var memberPage = await NewPageAsync(360);
        await MemberPage.SignInAsync(memberPage, MemberEmail);
        await new MemberExhibitionsPage(memberPage).ApplyAsync(title, "Oleh-oleh khas desa, dibuat tangan anggota",
            new BoothPick(member.Products[0].Name, special), member.Products[1].Name);

        // Staff: the application is there; accept it into the second hall.
        await curation.OpenAsync(exhibitionId);
        await curation.AcceptApplicationAsync(member.GroupName, "Aula Kriya", "K-07");

        // Buyer (no account, a phone): the hall lists the booth under its hall; the booth shows both products.
        var buyer = new HallPage(await NewPageAsync(360));
        await buyer.OpenAsync(slug);
        var hallSection = buyer.Halls.Filter(new() { HasTextString = "Aula Kriya" });
        var boothLink = hallSection.Locator("a.booth-card", new() { HasTextString = member.GroupName });
        await Expect(boothLink).ToHaveCountAsync(1);
        await Expect(buyer.StatusNote).ToContainTextAsync("dibuka"); // starts in 12 days: a preview that says when it opens
        await boothLink.ClickAsync();
        await buyer.Page.ArrivedAsync(Arrival.EndsWith($"/pameran/{slug}/stan/{member.GroupSlug}"));

        var booth = new BoothPage(buyer.Page);
        await Expect(booth.ProductCards).ToHaveCountAsync(2);
        await Expect(booth.ProductCards.Nth(0)).ToContainTextAsync(member.Products[0].Name);
        await Expect(booth.ExhibitionPrices.First).ToContainTextAsync(Rupiah.Format(special));
        await Expect(booth.NormalPrices.First).ToContainTextAsync(Rupiah.Format(normal));
        await Expect(booth.InquirySection.Locator("form[method=post]")).ToHaveAttributeAsync("action", $"/pameran/{slug}/stan/{member.GroupSlug}/tanya");
    }

    private sealed record MemberGroup(string GroupName, string GroupSlug, IReadOnlyList<(string Name, long Price)> Products);

    /// <summary>The demo member's group and two of its published products (cheapest last, so the picks differ).</summary>
    private Task<MemberGroup> MemberGroupAsync() => StaffTestData.QueryAsync(App, async db =>
    {
        var groupId = await db.Users.Where(u => u.Email == MemberEmail).Select(u => u.GroupId!.Value).SingleAsync();
        var group = await db.Groups.Where(g => g.Id == groupId).Select(g => new { g.Name, g.Slug }).SingleAsync();
        var products = await db.Products.Where(p => p.GroupId == groupId && p.Status == ProductStatus.Published)
            .OrderByDescending(p => p.Price).ThenBy(p => p.Id).Select(p => new { p.Name, p.Price }).Take(2).ToListAsync();
        Assert.Equal(2, products.Count);
        return new MemberGroup(group.Name, group.Slug, products.Select(p => (p.Name, p.Price)).ToList());
    });
}
