// Namespace StaffArea, not Staff: a namespace named Staff would hide the API tests' Staff constant.
using UppkaCatalog.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff;

internal static class StaffFlows
{
    /// <summary>
    /// A listing waiting for review, made the way a member makes one: a draft, a real packaging
    /// photo through the image pipeline, then submitted. Returns its id.
    /// </summary>
    public static async Task<int> PendingProductAsync(AppFactory app, string name, int member = 5)
    {
        var ct = TestContext.Current.CancellationToken;
        var actor = await AccountFlows.MemberActorAsync(app, member);
        var category = await app.QueryAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync(ct));
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var photos = app.Services.GetRequiredService<ProductPhotoService>();
        var draft = await editing.CreateDraftAsync(actor, new ProductInput
        {
            Name = name, CategorySlug = category, Description = "Keripik renyah dari pisang kepok, digoreng tanpa pengawet.",
            Price = 18_000, Unit = "bungkus", MinimumOrder = 1,
        }, ct);
        var demoPhoto = Directory.GetFiles(RepoPaths.DemoPhotos, "*.webp").Order().First();
        await using (var file = File.OpenRead(demoPhoto))
        {
            await photos.AddAsync(actor, draft.Id, file, "Kemasan " + name, ct);
        }

        await editing.SubmitAsync(actor, draft.Id, ct);
        return draft.Id;
    }
}
