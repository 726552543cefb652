using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary><c>/kelola/produk/baru</c> and <c>/kelola/produk/{id}</c>: the product editor with its photos.</summary>
public sealed partial class ProductEditorPage(IPage page) : MemberPage(page)
{
    public const string NewPath = "/kelola/produk/baru";

    public static string PathFor(int id) => $"/kelola/produk/{id}";

    /// <summary>The text box of a field by the services' key ("name", "price", "marketplaceLinks[0].url").</summary>
    public ILocator Field(string key) => Page.Locator($".field-{CssKey(key)}").Locator("input, textarea").First;

    /// <summary>The message shown under a field.</summary>
    public ILocator ErrorOf(string key) => Page.Locator($".field-{CssKey(key)} .mud-input-helper-text.mud-input-error");

    public ILocator StatusBadge => Page.Locator("main .editor-head .status");

    public ILocator SaveButton => Page.Locator("main .action-save");

    public ILocator SubmitButton => Page.Locator("main .action-submit");

    public ILocator ArchiveButton => Page.Locator("main .action-archive");

    public ILocator Uploader => Page.Locator("main .uploader[data-ready=true]");

    public ILocator PhotoInput => Page.Locator("main .uploader input[type=file]");

    /// <summary>One item per chosen photo, made by photo-upload.js; data-state ends as "done" or "failed".</summary>
    public ILocator UploadItems => Page.Locator("main .uploader__queue li.upload-item");

    public ILocator SavedPhotos => Page.Locator("main ol.photo-grid > li");

    /// <summary>"Isian yang belum disimpan dipulihkan…": the form came back from the server-side draft.</summary>
    public ILocator RestoredNotice => Page.Locator("main .restored");

    public Task OpenNewAsync() => OpenPathAsync(NewPath);

    public Task OpenAsync(int id) => OpenPathAsync(PathFor(id));

    public Task FillAsync(string key, string value) => Field(key).FillAsync(value);

    /// <summary>The category: a native select (EditorSelect), whose change reaches the circuit in order with the typing.</summary>
    public ILocator CategorySelect => Page.Locator(".field-categorySlug select");

    /// <summary>Picks a category by its shown name.</summary>
    public Task ChooseCategoryAsync(string name) => CategorySelect.SelectOptionAsync(new SelectOptionValue { Label = name });

    /// <summary>Picks the first category in the list (whatever the demo data calls it).</summary>
    public async Task ChooseFirstCategoryAsync()
    {
        var first = await CategorySelect.Locator("option:not([disabled])").First.GetAttributeAsync("value");
        await CategorySelect.SelectOptionAsync(first!);
    }

    /// <summary>Saves; a new product's address then becomes /kelola/produk/{id}, whose id this returns.</summary>
    public async Task<int> SaveDraftAsync()
    {
        await SaveButton.ClickAsync();
        await AreaWaits.ForAddressAsync(Page, url => EditorAddress().IsMatch(url), "Saving the draft", 45_000);
        await Snackbars.Filter(new() { HasTextString = "Tersimpan" }).First.WaitForAsync();
        return int.Parse(EditorAddress().Match(Page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string CssKey(string key) => NonWord().Replace(key, "-").Trim('-');

    [GeneratedRegex(@"/kelola/produk/(\d+)$")]
    private static partial Regex EditorAddress();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonWord();
}
