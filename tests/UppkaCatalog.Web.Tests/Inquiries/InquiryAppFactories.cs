using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Account;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Inquiries;

/// <summary>
/// The demo app for tests that send inquiries and change groups: its own instance (the shared one must
/// not see these changes), with a rate limit high enough never to interfere. In TestServer every request
/// comes from the same (unknown) address, so all of them share one limit.
/// </summary>
public class InquiryAppFactory : AppFactory
{
    protected virtual int PermitLimit => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Inquiries:RateLimit:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Inquiries:RateLimit:WindowSeconds", "600");
    }

    /// <summary>A published demo product, the <paramref name="index"/>-th newest.</summary>
    public async Task<ProductDetail> PublishedProductAsync(int index = 0)
    {
        var catalog = Services.GetRequiredService<CatalogService>();
        var card = (await catalog.GetNewestAsync(index + 1, TestContext.Current.CancellationToken))[index];
        return (await catalog.GetPublishedAsync(card.Slug, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Fills the product page's inquiry form as a browser does (its antiforgery token and cookie included) and posts it.</summary>
    public async Task<HttpResponseMessage> PostInquiryAsync(HttpClient client, string slug, string? name, string? phone, string? quantity, string? message) =>
        await AccountFlows.PostFormAsync(client, "/produk/" + slug, new Dictionary<string, string?>
        {
            ["Input.BuyerName"] = name, ["Input.Phone"] = phone, ["Input.Quantity"] = quantity, ["Input.Message"] = message,
        });
}

/// <summary>The same with the limit at 2 inquiries per 10 minutes.</summary>
public sealed class RateLimitedAppFactory : InquiryAppFactory
{
    public const int Limit = 2;

    protected override int PermitLimit => Limit;
}
