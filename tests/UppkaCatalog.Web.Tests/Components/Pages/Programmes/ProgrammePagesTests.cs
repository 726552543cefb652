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
        Assert.Contains("<title>Program mitra untuk kelompok UPPKA — ", text);
        Assert.Contains("Oleh BLKP Provinsi Jambi", text);
        Assert.Contains("Oleh Baznas Provinsi Jambi", text);
        Assert.Contains("Pelatihan", text);
        Assert.Contains("Bantuan peralatan", text);
        var sewing = await Service.GetPublicAsync(SewingTraining, Ct);
        // Closes at midnight WIB: the last day to apply is the day before.
        var lastDay = sewing.ApplicationClosesAt.ToWib().AddDays(-1).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        Assert.Contains($"Pendaftaran dibuka s.d. {lastDay}", text);
        Assert.Contains("Kuota 16 kelompok", text);
        Assert.Contains("Semua kabupaten/kota", text);
        Assert.Contains("Jahit dan Busana, Kerajinan", text);
        Assert.Contains("Dasar, Berkembang", text);
        Assert.Contains("mustahik", text);
        Assert.Contains("href=\"/program\"", html);
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
        Assert.Contains(sewing.Description, text);
        Assert.Contains(sewing.Location, text);
        Assert.Contains(sewing.Requirements, text);
        Assert.Contains("2 peserta per kelompok", text);
        var id = CultureInfo.GetCultureInfo("id-ID");
        Assert.All(sewing.Sessions, s => Assert.Contains(
            $"{s.StartsAt.ToWib().ToString("d MMMM yyyy", id)}, {s.StartsAt.ToWib():HH.mm} – {s.EndsAt.ToWib():HH.mm} WIB", text));
        Assert.Contains("08.00 – 16.00 WIB", text);
        Assert.Contains("/kelola", text);
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

        var listText = Html.Text(list);
        Assert.Contains("Partner programmes for UPPKA groups", listText);
        Assert.Contains("Applications open until", listText);
        Assert.Contains("Equipment aid", listText);
        Assert.Contains("Sewing and fashion, Crafts", listText);
        Assert.Contains("All regencies and cities", listText);
        Assert.Contains("Partner Programmes", listText);
        var pageText = Html.Text(page);
        Assert.Contains("Basic, Developing", pageText);
        Assert.Contains("Funded by zakat", pageText);
        Assert.Contains("Sign in to apply", pageText);
        Assert.Contains("The schedule will be announced.", pageText);
    }

    [Fact]
    public async Task Pages_show_nothing_personal_of_the_partner_or_its_officers()
    {
        using var client = app.Browser();

        foreach (var url in new[] { "/program" }.Concat(OpenDemo.Append(ClosedAid).Select(s => "/program/" + s)))
        {
            var (_, html) = await GetAsync(client, url);
            Assert.DoesNotContain("+62741", html);
            Assert.DoesNotContain("0741", html);
            Assert.DoesNotContain("blkp-jambi.contoh", html);
            Assert.DoesNotContain("mitra1@", html);
            Assert.DoesNotContain("Seksi Pelatihan", html);
            Assert.DoesNotContain("Petugas ", html);
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
