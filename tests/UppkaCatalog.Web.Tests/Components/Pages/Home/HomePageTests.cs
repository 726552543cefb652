using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Home;

[Collection(DemoAppCollection.Name)]
public sealed partial class HomePageTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"Rp \d{1,3}(\.\d{3})+")]
    private static partial Regex RupiahWithThousands();

    [Fact]
    public async Task Home_is_Indonesian_and_features_the_ongoing_exhibition()
    {
        var ongoing = (await app.Services.GetRequiredService<ExhibitionService>().ListPublicAsync(Ct))
            .Single(e => e.Phase == ExhibitionPhase.Ongoing);
        using var client = app.Browser();

        using var response = await client.GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("id", Html.LangAttribute(html));
        Assert.Contains(ongoing.Title, Html.Text(html));
        Assert.Contains($"/pameran/{ongoing.Slug}", Html.Hrefs(html, "/pameran/"));
    }

    [Fact]
    public async Task Home_lists_at_least_8_products_with_prices_written_the_Indonesian_way()
    {
        using var client = app.Browser();

        var html = await client.GetStringAsync("/", Ct);

        Assert.True(Html.Hrefs(html, "/produk/").Distinct().Count() >= 8);
        Assert.True(RupiahWithThousands().Matches(html).Count >= 8, "fewer than 8 prices like 'Rp 25.000'");
        Assert.DoesNotContain("¤", html);
        Assert.DoesNotMatch(@"Rp \d+,\d{3}", html);
    }

    [Fact]
    public async Task Home_stays_Indonesian_with_dot_thousands_when_the_server_runs_under_the_invariant_culture()
    {
        // As under LANG=C: the request starts in the invariant culture; the app must set id-ID itself.
        var server = app.Server;
        var preserve = server.PreserveExecutionContext;
        server.PreserveExecutionContext = true;
        try
        {
            using var client = app.Browser();
            string html;
            using (new CultureScope(""))
            {
                Assert.Equal(CultureInfo.InvariantCulture, CultureInfo.CurrentCulture);
                html = await client.GetStringAsync("/", Ct);
            }

            Assert.Equal("id", Html.LangAttribute(html));
            Assert.Matches(RupiahWithThousands(), html);
            Assert.DoesNotContain("¤", html);
            Assert.Contains("Produk terbaru", html);
        }
        finally
        {
            server.PreserveExecutionContext = preserve;
        }
    }

    [Fact]
    public async Task Home_links_the_language_switch_back_to_itself()
    {
        using var client = app.Browser();

        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("/bahasa?c=en-US&kembali=%2F", Html.Hrefs(html, "/bahasa"));
    }
}
