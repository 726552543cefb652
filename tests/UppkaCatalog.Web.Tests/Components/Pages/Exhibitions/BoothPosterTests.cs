using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Components.Pages.Exhibitions;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.BoothInquiryFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Exhibitions;

/// <summary>The printable A4 poster of a booth: its facts, a QR code to the booth's absolute address, a few products.</summary>
public sealed partial class BoothPosterTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_poster_shows_the_booth_the_exhibition_and_a_QR_code_of_the_booths_absolute_address()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync(BoothPath(Ongoing, "uppka-anggrek-kayu-aro") + "/poster", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var text = Html.Text(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var boothUrl = $"http://localhost{BoothPath(Ongoing, "uppka-anggrek-kayu-aro")}";
        Assert.Contains(boothUrl, text);
        Assert.Contains("Gelar Produk UPPKA Provinsi Jambi", text);
        Assert.Contains("Stan A-03", text);
        // The demo's dates follow the day the tests run, so the expected range is the exhibition's own, as people read it.
        var dates = await app.QueryAsync(db => db.Exhibitions.Where(e => e.Slug == Ongoing).Select(e => new { e.StartsAt, e.EndsAt }).SingleAsync(Ct));
        Assert.Contains($"{WibDates.Range(dates.StartsAt, dates.EndsAt)} (WIB)", text);
        Assert.Matches(@"\d{1,2}( \p{L}+)? – \d{1,2} \p{L}+ \d{4} \(WIB\)", text);
        // The QR code is inline SVG, and it encodes exactly the booth's address (the same generator given that text
        // draws the same modules).
        var svg = SvgPattern().Match(html);
        Assert.True(svg.Success, "no <svg> on the poster");
        Assert.Equal(BoothQrCode.Svg(boothUrl), svg.Value);
        Assert.Contains("role=\"img\"", html);
        // Up to four products with their prices; the booth has exactly four.
        Assert.Equal(4, PriceLines().Matches(html).Count);
        Assert.Contains("Rp ", text);
        // No site chrome (printed as it is), and the print rules that make it one A4 sheet.
        Assert.DoesNotContain("class=\"site-header\"", html);
        Assert.DoesNotContain("class=\"site-nav\"", html);
    }

    [Fact]
    public async Task The_print_stylesheet_asks_for_A4_and_hides_the_on_screen_note()
    {
        using var client = app.Browser();
        var css = await client.GetStringAsync("/UppkaCatalog.Web.styles.css", Ct);

        Assert.Matches(@"@page\s*\{\s*size:\s*A4", css);
        Assert.Matches(@"@media print\s*\{\s*\.poster-note\[b-[a-z0-9]+\]\s*\{\s*display:\s*none", css);
    }

    [Fact]
    public async Task An_unknown_or_not_accepted_booth_has_no_poster()
    {
        using var client = app.Browser();
        const string group = "uppka-bougenvil-bungo";
        await SetAsync(app, Ongoing, group, BoothStatus.Rejected);
        try
        {
            using var rejected = await client.GetAsync(BoothPath(Ongoing, group) + "/poster", Ct);
            Assert.Equal(HttpStatusCode.NotFound, rejected.StatusCode);
        }
        finally
        {
            await SetAsync(app, Ongoing, group, BoothStatus.Accepted);
        }

        using var unknownGroup = await client.GetAsync(BoothPath(Ongoing, "tidak-ada") + "/poster", Ct);
        using var unknownExhibition = await client.GetAsync(BoothPath("tidak-ada", Melati) + "/poster", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownGroup.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownExhibition.StatusCode);
    }

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();

    [GeneratedRegex("class=\"poster__price\"")]
    private static partial Regex PriceLines();
}
