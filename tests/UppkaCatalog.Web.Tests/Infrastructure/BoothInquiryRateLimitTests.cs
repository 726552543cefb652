using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.BoothInquiryFlows;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>Booth inquiries share the per-client inquiry limit with product inquiries (here 2 per 10 minutes).</summary>
public sealed class BoothInquiryRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Past_the_limit_a_booth_inquiry_gets_429_with_a_way_back_to_the_booth_and_is_not_stored()
    {
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();
        // One product inquiry and one booth inquiry use up the shared budget of two.
        using (var first = await app.PostInquiryAsync(client, product.Slug, "Pembeli Produk", "081272000001", null, "Pertanyaan tentang produk."))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using (var second = await PostAsync(client, Ongoing, Melati, "Pembeli Stan", "081272000002", null, "Pertanyaan di stan."))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        using var refused = await PostAsync(client, Ongoing, Melati, "Pembeli Berlebih", "081272000003", null, "Satu lagi, terlalu banyak.");
        var body = await AccountFlows.BodyAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Terlalu banyak pertanyaan", body);
        Assert.Contains($"href=\"{BoothPath(Ongoing, Melati)}\"", body);
        Assert.Contains("Kembali ke stan", body);
        Assert.False(await app.QueryAsync(db => db.Inquiries.AnyAsync(i => i.BuyerName == "Pembeli Berlebih", Ct)));

        // A cross-site post is refused by the limit first: it is counted, and costs the server nothing more.
        using var foreign = await PostAsync(client, Ongoing, Melati, "Situs Lain", "081272000004", null, "Dari situs lain.",
            new Dictionary<string, string> { ["Origin"] = "https://penipu.example" });
        Assert.Equal(HttpStatusCode.TooManyRequests, foreign.StatusCode);

        // Reading is never limited.
        using var page = await client.GetAsync(BoothPath(Ongoing, Melati) + "/tanya", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
