using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Permits;

/// <summary>
/// Issue 16 through HTTP, as a buyer's browser gets the pages (no JavaScript involved): the product page and its JSON-LD
/// say "Terverifikasi" only once staff verified the number, and the catalogue's <c>terverifikasi=1</c> finds only verified
/// products, with the checkbox ticked.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PublicPermitPagesTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A published product of demo member 7 with a P-IRT number of its own; returns id and slug.</summary>
    private async Task<(int Id, string Slug)> PublishedAsync(string name)
    {
        var member = await MemberActorAsync(app, 7);
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var draft = await editing.CreateDraftAsync(member, new ProductInput
        {
            Name = name, CategorySlug = "makanan-olahan", Description = "Keripik tempe renyah dari kedelai lokal, tanpa pengawet.", Price = 15_000,
            Unit = "bungkus", MinimumOrder = 1, PirtNumber = $"2081505{Random.Shared.Next(100000, 999999)}-26",
        }, Ct);
        var photo = Directory.GetFiles(UppkaCatalog.Tests.Shared.RepoPaths.DemoPhotos, "*.webp").Order().First();
        await using (var file = File.OpenRead(photo))
        {
            await app.Services.GetRequiredService<UppkaCatalog.Core.Media.ProductPhotoService>().AddAsync(member, draft.Id, file, "Kemasan " + name, Ct);
        }

        await editing.SubmitAsync(member, draft.Id, Ct);
        await app.Services.GetRequiredService<ModerationService>().ApproveAsync(await StaffActorAsync(app), draft.Id, Ct);
        return (draft.Id, await app.QueryAsync(db => db.Products.Where(p => p.Id == draft.Id).Select(p => p.Slug).SingleAsync(Ct)));
    }

    [Fact]
    public async Task The_badge_the_json_ld_and_the_catalogue_filter_follow_the_staff_verification()
    {
        var word = "Uji" + Guid.NewGuid().ToString("N")[..6];
        var (verifiedId, verifiedSlug) = await PublishedAsync($"Keripik {word} Periksa");
        var (_, claimedSlug) = await PublishedAsync($"Keripik {word} Klaim");
        using var buyer = app.Browser();

        // The product's own permits (cards of related demo products, verified by the demo seed, may carry badges of their own).
        var before = new HtmlParser().ParseDocument(await buyer.GetStringAsync("/produk/" + verifiedSlug, Ct));
        Assert.Null(before.QuerySelector("main .cert--verified"));
        Assert.NotNull(before.QuerySelector("main .cert--claim"));
        Assert.DoesNotContain("hasCertification", before.QuerySelector("script[type='application/ld+json']")!.TextContent);

        await app.Services.GetRequiredService<PermitService>().VerifyAsync(await StaffActorAsync(app), verifiedId, PermitKind.Pirt,
            new PermitDecisionInput("Dicocokkan dengan foto sertifikat."), Ct);

        var after = new HtmlParser().ParseDocument(await buyer.GetStringAsync("/produk/" + verifiedSlug, Ct));
        Assert.Equal("Terverifikasi", after.QuerySelector("main .cert--verified .verified-badge")!.TextContent.Trim());
        Assert.Contains("hasCertification", after.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var claimed = new HtmlParser().ParseDocument(await buyer.GetStringAsync("/produk/" + claimedSlug, Ct));
        Assert.Null(claimed.QuerySelector("main .cert--verified"));
        Assert.NotNull(claimed.QuerySelector("main .cert--claim"));

        using var response = await buyer.GetAsync($"/katalog?q={word}&terverifikasi=1", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var catalogue = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        var names = catalogue.QuerySelectorAll("main article.product-card .product-card__name").Select(n => n.TextContent.Trim()).ToList();
        Assert.Equal([$"Keripik {word} Periksa"], names);
        Assert.NotNull(catalogue.QuerySelector("main article.product-card .product-card__permits .verified-badge"));
        Assert.True(catalogue.QuerySelector("input[name=terverifikasi]")!.HasAttribute("checked"));
        var all = await buyer.GetStringAsync($"/katalog?q={word}", Ct);
        Assert.Contains($"Keripik {word} Klaim", all);
    }
}
