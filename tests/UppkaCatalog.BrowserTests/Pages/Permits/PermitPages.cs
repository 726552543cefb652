using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.BrowserTests.Pages.Permits;

/// <summary>The permit section of the product editor (issue 16): one block per permit with its state and certificate upload.</summary>
public sealed class EditorPermitSection(IPage page)
{
    public ILocator Section => page.Locator("main .permits");

    public ILocator Block(string word) => page.Locator($"main .permit-panel--{word}");

    public ILocator State(string word) => Block(word).Locator(".permit-state");

    /// <summary>Ready once photo-upload.js has attached (data-ready).</summary>
    public ILocator Uploader(string word) => Block(word).Locator(".cert-uploader[data-ready=true]");

    public ILocator Input(string word) => Block(word).Locator("input[type=file]");

    public ILocator UploadItems(string word) => Block(word).Locator(".cert-uploader__queue li.upload-item");

    public ILocator ViewLink(string word) => Block(word).Locator("a.cert-uploader__view");
}

/// <summary><c>/staf/izin</c>: permits waiting for verification, with a decision form per item.</summary>
public sealed class PermitQueuePage(IPage page) : StaffAreaPage(page)
{
    public const string Path = "/staf/izin";

    public ILocator Items => Page.Locator("main li.permit-item");

    public ILocator Item(int productId, string word) => Page.Locator($"main li.permit-item--{word}[data-product='{productId}']");

    public ILocator RegencyFilter => Page.Locator("main #filter-regency");

    public ILocator KindFilter => Page.Locator("main #filter-kind");

    public Task OpenAsync(string? query = null) => OpenPathAsync(query is null ? Path : Path + "?" + query);

    /// <summary>Types what was checked and presses "Verifikasi" on one item.</summary>
    public async Task VerifyAsync(ILocator item, string note)
    {
        await item.Locator(".decision-form__note textarea").First.FillAsync(note);
        await item.Locator(".decision-form__verify-button").ClickAsync();
    }
}

/// <summary>Rows the permit browser test owns, made through the app's own services.</summary>
internal static class PermitTestData
{
    /// <summary>
    /// A published food product of demo member <paramref name="member"/> with a P-IRT number of its own (so it waits in
    /// the queue; a halal number too when given), and a packaging photo; made as a member and staff would (draft, photo,
    /// submit, approve).
    /// </summary>
    public static async Task<int> PublishedWithPirtAsync(AppFixture app, string name, string pirt, int member, string? halal = null)
    {
        var actor = await StaffTestData.MemberActorAsync(app, member);
        var staff = await StaffTestData.StaffActorAsync(app);
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var draft = await editing.CreateDraftAsync(actor, new ProductInput
        {
            Name = name, CategorySlug = "makanan-olahan", Price = 18_000, Unit = "bungkus", MinimumOrder = 1, NetContent = "150 gram", PirtNumber = pirt, HalalNumber = halal,
            Description = "Keripik tempe tipis dari kedelai lokal, digoreng kering dan dikemas rapat dengan label lengkap.",
        });
        var demoPhoto = Directory.GetFiles(Path.Combine(app.RepoRoot, "wwwroot-assets", "demo"), "*keripik*.webp").Order().First();
        await using (var file = File.OpenRead(demoPhoto))
        {
            await app.Services.GetRequiredService<ProductPhotoService>().AddAsync(actor, draft.Id, file, "Kemasan " + name);
        }

        await editing.SubmitAsync(actor, draft.Id);
        await app.Services.GetRequiredService<ModerationService>().ApproveAsync(staff, draft.Id);
        return draft.Id;
    }

    /// <summary>The queue page (filtered to the product's regency and the kind) that holds the product: it is the newest, so the last page.</summary>
    public static async Task<string> QueueQueryForAsync(AppFixture app, int productId, PermitKind kind = PermitKind.Pirt)
    {
        var staff = await StaffTestData.StaffActorAsync(app);
        var regency = await StaffTestData.QueryAsync(app, db => db.Products.Where(p => p.Id == productId).Select(p => p.Group!.Regency!.Code).SingleAsync());
        var query = new PermitQueueQuery { Regency = regency, Kind = kind };
        var first = await app.Services.GetRequiredService<PermitService>().QueueAsync(staff, query);
        var pages = Math.Max(1, (int)Math.Ceiling(first.TotalCount / (double)first.PageSize));
        return $"wilayah={regency}&jenis={PermitRules.Word(kind)}" + (pages > 1 ? $"&halaman={pages}" : "");
    }
}
