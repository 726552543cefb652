using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>Buyers' pages are plain HTML and CSS, compressed; the framework's script and MudBlazor only load in the member and staff areas.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class PublicPageWeightTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/katalog")]
    [InlineData("/pameran")]
    [InlineData("/masuk")]
    public async Task Public_pages_load_no_script_and_no_MudBlazor(string path)
    {
        using var client = app.Browser();

        var html = await client.GetStringAsync(path, Ct);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("MudBlazor.min.css", html);
        Assert.Contains("css/site.css", html);
    }

    [Fact]
    public async Task The_member_area_loads_the_circuit_script_and_MudBlazor()
    {
        using var member = await AccountFlows.SignedInAsync(app, "anggota1@uppka.test");

        var html = await member.GetStringAsync("/kelola", Ct);

        Assert.Contains("blazor.web", html);
        Assert.Contains("MudBlazor.min.css", html);
        Assert.Contains("MudBlazor.min.js", html);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Html_and_css_are_compressed(string encoding)
    {
        using var client = app.Browser();
        foreach (var path in new[] { "/katalog", "/css/site.css" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd(encoding);

            using var response = await client.SendAsync(request, Ct);

            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }
}
