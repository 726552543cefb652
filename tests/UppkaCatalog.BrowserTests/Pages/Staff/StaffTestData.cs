using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>Data the staff browser tests start from, made through the app's own services (as members and staff would).</summary>
internal static class StaffTestData
{
    public static async Task<T> QueryAsync<T>(AppFixture app, Func<AppDbContext, Task<T>> query)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public static async Task<Actor> StaffActorAsync(AppFixture app) =>
        new(await QueryAsync(app, db => db.Users.Where(u => u.Email == "staf@uppka.test").Select(u => u.Id).SingleAsync()), null, IsStaff: true);

    public static async Task<Actor> MemberActorAsync(AppFixture app, int n)
    {
        var email = $"anggota{n}@uppka.test";
        var user = await QueryAsync(app, db => db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.GroupId }).SingleAsync());
        return new Actor(user.Id, user.GroupId, IsStaff: false);
    }

    /// <summary>A unique product name, so reruns against one app never find an earlier test's listing.</summary>
    public static string UniqueName(string name) => $"{name} {Guid.NewGuid().ToString("N")[..5]}";

    /// <summary>
    /// A listing waiting for review, made as the demo member would: a draft, a real packaging photo
    /// (a demo photo) through the image pipeline, then submitted. Returns its id. Members 5 and up:
    /// the member-area tests work as anggota1 and anggota2, whose pages must not show these listings.
    /// </summary>
    public static async Task<int> PendingProductAsync(AppFixture app, string name, int member = 5, string photo = "keripik")
    {
        var actor = await MemberActorAsync(app, member);
        var category = await QueryAsync(app, db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var draft = await editing.CreateDraftAsync(actor, new ProductInput
        {
            Name = name, CategorySlug = category, Price = 22_500, Unit = "bungkus", MinimumOrder = 2, NetContent = "200 gram",
            Description = "Dibuat dari bahan pilihan petani sekitar, dikemas rapat agar tetap renyah sampai ke tangan pembeli.",
        });
        var demoPhoto = Directory.GetFiles(Path.Combine(app.RepoRoot, "wwwroot-assets", "demo"), $"*{photo}*.webp").Order().First();
        await using (var file = File.OpenRead(demoPhoto))
        {
            await app.Services.GetRequiredService<ProductPhotoService>().AddAsync(actor, draft.Id, file, "Kemasan " + name);
        }

        await editing.SubmitAsync(actor, draft.Id);
        return draft.Id;
    }

    /// <summary>An invitation made by the demo staff member; returns the link's path.</summary>
    public static async Task<string> InvitationPathAsync(AppFixture app, string inviteeName, int groupIndex = 0)
    {
        var groupId = await QueryAsync(app, db => db.Groups.OrderBy(g => g.Id).Skip(groupIndex).Select(g => g.Id).FirstAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<InvitationService>().CreateAsync(await StaffActorAsync(app), groupId, inviteeName);
        return "/undangan/" + created.Token;
    }

    public static Task<(ProductStatus Status, string? Reason)> StatusAsync(AppFixture app, int productId) =>
        QueryAsync(app, async db =>
        {
            var p = await db.Products.Where(x => x.Id == productId).Select(x => new { x.Status, x.RejectionReason }).SingleAsync();
            return (p.Status, p.RejectionReason);
        });
}
