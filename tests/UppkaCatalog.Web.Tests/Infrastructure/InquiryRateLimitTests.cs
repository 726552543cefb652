using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>Inquiry POSTs are limited per client (here 2 per 10 minutes); other requests are not.</summary>
public sealed class InquiryRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_the_limit_an_inquiry_is_answered_429_with_an_Indonesian_page_and_not_stored_while_pages_still_load()
    {
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();
        for (var i = 1; i <= RateLimitedAppFactory.Limit; i++)
        {
            using var ok = await app.PostInquiryAsync(client, product.Slug, $"Pembeli {i}", "081270000010", null, "Pertanyaan ke-" + i);
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        using var refused = await app.PostInquiryAsync(client, product.Slug, "Pembeli lebih", "081270000010", null, "Satu lagi, terlalu banyak.");
        var body = await AccountFlows.BodyAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Terlalu banyak pertanyaan", body);
        Assert.Contains("coba lagi dalam", body);
        Assert.Contains($"href=\"/produk/{product.Slug}\"", body);
        Assert.Equal(RateLimitedAppFactory.Limit, await app.QueryAsync(db => db.Inquiries.CountAsync(Ct)));
        Assert.False(await app.QueryAsync(db => db.Inquiries.AnyAsync(i => i.BuyerName == "Pembeli lebih", Ct)));

        // Reading is never limited: the product page and other forms still answer.
        using var page = await client.GetAsync("/produk/" + product.Slug, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var signIn = await AccountFlows.SignInAsync(client, "anggota1@uppka.test", "salah-sandi-1");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, signIn.StatusCode);
    }
}
