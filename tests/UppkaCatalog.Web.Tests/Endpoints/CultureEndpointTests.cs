using System.Net;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

[Collection(DemoAppCollection.Name)]
public sealed class CultureEndpointTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Switching_to_English_sets_the_culture_cookie_and_goes_back_to_the_page()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/bahasa?c=en-US&kembali=/katalog", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/katalog", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("c%3Den-US%7Cuic%3Den-US", cookie);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_the_English_cookie_the_home_page_is_in_English()
    {
        using var client = app.Browser();
        using (await client.GetAsync("/bahasa?c=en-US&kembali=/", Ct))
        {
        }

        var html = await client.GetStringAsync("/", Ct);

        Assert.Equal("en", Html.LangAttribute(html));
        Assert.Contains("Newest products", html);
        Assert.DoesNotContain("Produk terbaru", html);
    }

    [Fact]
    public async Task Without_a_cookie_the_home_page_is_in_Indonesian()
    {
        using var client = app.Browser();

        var html = await client.GetStringAsync("/", Ct);

        Assert.Equal("id", Html.LangAttribute(html));
        Assert.Contains("Produk terbaru", html);
    }

    [Fact]
    public async Task Switching_back_to_Indonesian_replaces_the_English_cookie()
    {
        using var client = app.Browser();
        using (await client.GetAsync("/bahasa?c=en-US&kembali=/", Ct))
        {
        }

        using (await client.GetAsync("/bahasa?c=id-ID&kembali=/", Ct))
        {
        }

        Assert.Equal("id", Html.LangAttribute(await client.GetStringAsync("/", Ct)));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/katalog")]
    [InlineData("/\\evil.example")]
    [InlineData("evil.example")]
    [InlineData("")]
    public async Task Return_address_off_this_site_goes_home_instead(string back)
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/bahasa?c=en-US&kembali=" + Uri.EscapeDataString(back), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_culture_falls_back_to_Indonesian()
    {
        using var client = app.Browser();

        using var response = await client.GetAsync("/bahasa?c=fr-FR&kembali=/", Ct);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("c%3Did-ID%7Cuic%3Did-ID", StringComparison.Ordinal));
    }
}
