using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Web.Tests.Support;

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

    /// <summary>The test host's own origin (TestServer answers as http://localhost).</summary>
    public const string ThisSite = "http://localhost";

    /// <summary>
    /// Fills the product page's inquiry form as a browser does (its hidden fields from the product page) and posts it
    /// to the form's target with <paramref name="headers"/> (by default <c>Origin</c> of this site, as browsers send).
    /// </summary>
    public async Task<HttpResponseMessage> PostInquiryAsync(HttpClient client, string slug, string? name, string? phone, string? quantity, string? message,
        IReadOnlyDictionary<string, string>? headers = null, string? target = null)
    {
        var form = Html.HiddenInputs(await client.GetStringAsync("/produk/" + slug, TestContext.Current.CancellationToken));
        form["Input.BuyerName"] = name ?? "";
        form["Input.Phone"] = phone ?? "";
        form["Input.Quantity"] = quantity ?? "";
        form["Input.Message"] = message ?? "";
        using var request = new HttpRequestMessage(HttpMethod.Post, target ?? $"/produk/{slug}/tanya") { Content = new FormUrlEncodedContent(form) };
        foreach (var (header, value) in headers ?? new Dictionary<string, string> { ["Origin"] = ThisSite })
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}

/// <summary>The same with the limit at 2 inquiries per 10 minutes.</summary>
public sealed class RateLimitedAppFactory : InquiryAppFactory
{
    public const int Limit = 2;

    protected override int PermitLimit => Limit;
}
