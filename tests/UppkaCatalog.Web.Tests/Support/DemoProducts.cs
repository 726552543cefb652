using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>
/// A seeded product to read, chosen by what the test needs rather than "the newest": other tests of a shared app publish
/// products of their own (some without photos or a group WhatsApp), and which of them is newest depends on the run's order.
/// </summary>
internal static class DemoProducts
{
    /// <summary>The slug of the first (lowest id) published product of an active group with a photo and a public WhatsApp number.</summary>
    public static Task<string> WithPhotoAndWhatsAppAsync(AppFactory app) =>
        app.QueryAsync(db => db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.Group!.IsActive && p.Group.PublicWhatsApp != null && p.Photos.Any())
            .OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync(TestContext.Current.CancellationToken));
}
