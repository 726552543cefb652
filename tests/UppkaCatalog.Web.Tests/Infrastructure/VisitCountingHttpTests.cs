using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.StatsWorld;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>
/// Visits counted by the middleware in front of the output cache, and the WhatsApp counting redirect. Its own app:
/// these tests count, change groups and exhibitions. Counts are compared before and after (the background flush may run too).
/// </summary>
public sealed class VisitCountingHttpTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Hall_visits_are_counted_also_when_the_page_comes_from_the_output_cache()
    {
        var e = await OngoingAsync(app);
        var before = await CountAsync(app, CounterKind.HallVisit, e.Id);
        using var buyer = Buyer(app);

        using var first = await buyer.GetAsync($"/pameran/{e.Slug}", Ct);
        using var second = await buyer.GetAsync($"/pameran/{e.Slug}", Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age); // the page component did not run for this one
        Assert.Equal(before + 2, await CountAsync(app, CounterKind.HallVisit, e.Id));
    }

    [Fact]
    public async Task Booth_visits_and_products_opened_from_a_booth_are_counted_for_the_booth()
    {
        var e = await OngoingAsync(app);
        var booth = e.Booths[1];
        var product = await app.QueryAsync(db => db.BoothProducts.Where(bp => bp.BoothId == booth.Id && bp.Product!.Status == ProductStatus.Published)
            .Select(bp => bp.Product!.Slug).FirstAsync(Ct));
        var visits = await CountAsync(app, CounterKind.BoothVisit, booth.Id);
        var views = await CountAsync(app, CounterKind.BoothProductView, booth.Id);
        using var buyer = Buyer(app);

        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync($"/pameran/{e.Slug}/stan/{booth.GroupSlug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync($"/produk/{product}?stan={booth.Id}", Ct)).StatusCode);
        await buyer.GetAsync($"/produk/{product}", Ct); // not from a booth
        await buyer.GetAsync($"/produk/{product}?stan=abc", Ct);

        Assert.Equal(visits + 1, await CountAsync(app, CounterKind.BoothVisit, booth.Id));
        Assert.Equal(views + 1, await CountAsync(app, CounterKind.BoothProductView, booth.Id));
    }

    [Fact]
    public async Task Previews_signed_in_people_bots_HEAD_requests_and_missing_pages_are_not_counted()
    {
        var e = await OngoingAsync(app);
        var hall = await CountAsync(app, CounterKind.HallVisit, e.Id);
        var booth = await CountAsync(app, CounterKind.BoothVisit, e.Booths[0].Id);
        using var buyer = Buyer(app);
        using var whatsAppPreview = Buyer(app, "WhatsApp/2.23.20.0 A");
        using var crawler = Buyer(app, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        using var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        staff.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);
        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");
        member.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);

        await buyer.GetAsync($"/pameran/{e.Slug}?pratinjau=1", Ct);
        await whatsAppPreview.GetAsync($"/pameran/{e.Slug}", Ct);
        await crawler.GetAsync($"/pameran/{e.Slug}/stan/{e.Booths[0].GroupSlug}", Ct);
        await buyer.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/pameran/{e.Slug}"), Ct);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/pameran/{e.Slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/pameran/{e.Slug}/stan/{e.Booths[0].GroupSlug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/pameran/{e.Slug}/stan/kelompok-tidak-ada", Ct)).StatusCode);

        Assert.Equal(hall, await CountAsync(app, CounterKind.HallVisit, e.Id));
        Assert.Equal(booth, await CountAsync(app, CounterKind.BoothVisit, e.Booths[0].Id));
    }

    [Fact]
    public async Task The_WhatsApp_button_counts_the_tap_and_sends_the_buyer_to_wa_me_with_a_message_naming_the_booth()
    {
        var e = await OngoingAsync(app);
        var booth = e.Booths[2];
        var phone = await app.QueryAsync(db => db.Groups.Where(g => g.Slug == booth.GroupSlug).Select(g => g.PublicWhatsApp).SingleAsync(Ct));
        var clicks = await CountAsync(app, CounterKind.WhatsAppClick, booth.Id);
        using var buyer = Buyer(app);

        using var response = await buyer.GetAsync($"/pameran/{e.Slug}/stan/{booth.GroupSlug}/whatsapp", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith($"https://wa.me/{phone!.TrimStart('+')}?text=", location);
        var message = Uri.UnescapeDataString(location[(location.IndexOf("?text=", StringComparison.Ordinal) + 6)..]);
        Assert.Contains(booth.GroupName, message);
        Assert.Contains(booth.Number!, message);
        Assert.Contains(e.Title, message);
        Assert.Contains($"/pameran/{e.Slug}/stan/{booth.GroupSlug}", message);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal(clicks + 1, await CountAsync(app, CounterKind.WhatsAppClick, booth.Id));

        // A second tap is a second click (never cached); a HEAD check is answered but not counted.
        using var again = await buyer.GetAsync($"/pameran/{e.Slug}/stan/{booth.GroupSlug}/whatsapp", Ct);
        using var head = await buyer.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/pameran/{e.Slug}/stan/{booth.GroupSlug}/whatsapp"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, head.StatusCode);
        Assert.Equal(clicks + 2, await CountAsync(app, CounterKind.WhatsAppClick, booth.Id));
    }

    [Fact]
    public async Task The_WhatsApp_redirect_is_404_for_no_booth_an_application_a_draft_or_a_group_without_WhatsApp()
    {
        var e = await OngoingAsync(app);
        using var buyer = Buyer(app);
        var outsider = await app.QueryAsync(db => db.Groups.Where(g => !db.Booths.Any(b => b.GroupId == g.Id && b.ExhibitionId == e.Id))
            .Select(g => g.Slug).FirstAsync(Ct));

        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/pameran/{e.Slug}/stan/kelompok-tidak-ada/whatsapp", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/pameran/pameran-tidak-ada/stan/{e.Booths[0].GroupSlug}/whatsapp", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/pameran/{e.Slug}/stan/{outsider}/whatsapp", Ct)).StatusCode);

        // A group that removed its public number; a draft exhibition (the third demo one, made a draft here).
        var quiet = e.Booths[^1];
        await app.QueryAsync(db => db.Groups.Where(g => g.Slug == quiet.GroupSlug).ExecuteUpdateAsync(s => s.SetProperty(g => g.PublicWhatsApp, (string?)null), Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/pameran/{e.Slug}/stan/{quiet.GroupSlug}/whatsapp", Ct)).StatusCode);
        var draft = await app.QueryAsync(db => db.Booths.Where(b => b.Exhibition!.Slug == "festival-sepucuk-jambi" && b.Status == BoothStatus.Accepted)
            .Select(b => b.Group!.Slug).FirstAsync(Ct));
        await app.QueryAsync(db => db.Exhibitions.Where(x => x.Slug == "festival-sepucuk-jambi").ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ExhibitionStatus.Draft), Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/pameran/festival-sepucuk-jambi/stan/{draft}/whatsapp", Ct)).StatusCode);
    }
}
