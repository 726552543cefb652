using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Components.Pages.Programmes.ProgrammeWorld;

namespace UppkaCatalog.Web.Tests.Components.Pages.Programmes;

/// <summary>The public programme pages over the demo data (the demo app is shared: only drafts, invisible to buyers, are added).</summary>
[Collection(DemoAppCollection.Name)]
public sealed class ProgrammePagesTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ProgrammeService Service => app.Services.GetRequiredService<ProgrammeService>();

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string url, string? culture = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (culture is not null) request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString($"c={culture}|uic={culture}"));
        using var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task List_shows_the_open_demo_programmes_with_partner_kind_window_quota_and_who_may_apply_but_not_the_closed_one()
    {
        using var client = app.Browser();

        var (status, html) = await GetAsync(client, "/program");

        Assert.Equal(HttpStatusCode.OK, status);
        var links = Html.Hrefs(html, "/program/");
        Assert.All(OpenDemo, slug => Assert.Contains("/program/" + slug, links));
        Assert.DoesNotContain("/program/" + ClosedAid, links);
        Assert.Equal((await Service.ListPublicAsync(Ct)).Count, html.Split("<article class=\"exhibition-card programme-card").Length - 1);
        var text = Html.Text(html);
        var sewing = await Service.GetPublicAsync(SewingTraining, Ct);
        // Closes at midnight WIB: the last day to apply is the day before.
        var lastDay = sewing.ApplicationClosesAt.ToWib().AddDays(-1).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        AssertContainsAll(text, "<title>Program mitra untuk kelompok UPPKA — ", "Oleh BLKP Provinsi Jambi", "Oleh Baznas Provinsi Jambi",
            "Pelatihan", "Bantuan peralatan", $"Pendaftaran dibuka s.d. {lastDay}", "Kuota 16 kelompok", "Semua kabupaten/kota",
            "Jahit dan Busana, Kerajinan", "Dasar, Berkembang", "mustahik", "href=\"/program\"");
    }

    [Fact]
    public async Task Programme_page_shows_description_location_requirements_sessions_in_WIB_and_how_members_apply()
    {
        var sewing = await Service.GetPublicAsync(SewingTraining, Ct);
        using var client = app.Browser();

        var (status, html) = await GetAsync(client, "/program/" + SewingTraining);

        Assert.Equal(HttpStatusCode.OK, status);
        var text = Html.Text(html);
        Assert.Matches($"<h1[^>]*>{sewing.Title}</h1>", text);
        AssertContainsAll(text, sewing.Description, sewing.Location, sewing.Requirements, "2 peserta per kelompok", "08.00 – 16.00 WIB", "/kelola");
        var id = CultureInfo.GetCultureInfo("id-ID");
        Assert.All(sewing.Sessions, s => Assert.Contains(
            $"{s.StartsAt.ToWib().ToString("d MMMM yyyy", id)}, {s.StartsAt.ToWib():HH.mm} – {s.EndsAt.ToWib():HH.mm} WIB", text));
        Assert.Contains("href=\"/masuk\"", html);
        Assert.DoesNotContain("<form", html);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/program/{SewingTraining}\"", html);
        Assert.Equal($"http://localhost/program/{SewingTraining}", Html.MetaProperty(html, "og:url"));
        Assert.Contains("<meta name=\"description\"", html);
    }

    [Fact]
    public async Task A_closed_programme_keeps_its_page_and_says_applications_are_closed()
    {
        using var client = app.Browser();

        var (status, html) = await GetAsync(client, "/program/" + ClosedAid);

        Assert.Equal(HttpStatusCode.OK, status);
        var text = Html.Text(html);
        Assert.Contains("Pendaftaran sudah ditutup", text);
        Assert.Contains("Kota Jambi", text);
        Assert.DoesNotContain("href=\"/masuk\"", html.Split("<main")[1]);
    }

    [Fact]
    public async Task A_draft_and_an_unknown_slug_are_the_sites_404_page()
    {
        var draft = await DraftAsync(app, "Draf Halaman");
        using var client = app.Browser();

        var (draftStatus, draftHtml) = await GetAsync(client, "/program/" + draft.Slug);
        var (unknownStatus, _) = await GetAsync(client, "/program/tidak-ada");
        var (_, list) = await GetAsync(client, "/program");

        Assert.Equal(HttpStatusCode.NotFound, draftStatus);
        Assert.DoesNotContain(draft.Title, draftHtml);
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.DoesNotContain(draft.Slug, list);
    }

    [Fact]
    public async Task In_English_the_pages_are_English()
    {
        using var client = app.Browser();

        var (_, list) = await GetAsync(client, "/program", "en-US");
        var (_, page) = await GetAsync(client, "/program/" + ZakatAid, "en-US");

        AssertContainsAll(Html.Text(list), "Partner programmes for UPPKA groups", "Applications open until", "Equipment aid",
            "Sewing and fashion, Crafts", "All regencies and cities", "Partner Programmes");
        AssertContainsAll(Html.Text(page), "Basic, Developing", "Funded by zakat", "Sign in to apply", "The schedule will be announced.");
    }

    [Fact]
    public async Task Pages_show_nothing_personal_of_the_partner_or_its_officers()
    {
        using var client = app.Browser();

        foreach (var url in new[] { "/program" }.Concat(OpenDemo.Append(ClosedAid).Select(s => "/program/" + s)))
        {
            var (_, html) = await GetAsync(client, url);
            AssertNothingPersonal(html);
        }
    }

    [Fact]
    public async Task Sitemap_lists_the_list_and_each_open_programme_but_not_the_closed_one()
    {
        using var client = app.Browser();

        var xml = await client.GetStringAsync("/sitemap.xml", Ct);

        Assert.Contains("<loc>http://localhost/program</loc>", xml);
        Assert.All(OpenDemo, slug => Assert.Contains($"<loc>http://localhost/program/{slug}</loc>", xml));
        Assert.DoesNotContain(ClosedAid, xml);
    }
}
