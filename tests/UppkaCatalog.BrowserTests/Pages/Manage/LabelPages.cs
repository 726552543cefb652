using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>The label checklist as the editor, the printable page and the staff review show it (same markup in all three).</summary>
public sealed class LabelChecklistPart(IPage page, string scope)
{
    public ILocator Root => page.Locator(scope).Locator(".label-checklist");

    /// <summary>"5 dari 8 sudah ada di label".</summary>
    public ILocator Count => Root.Locator(".label-checklist__count");

    public ILocator Item(string id) => Root.Locator($"li[data-item='{id}']");

    public ILocator TickBox(string id) => Item(id).Locator("input[type=checkbox]");
}

/// <summary><c>/kelola/produk/{id}/label</c>: one product's label checklist, to print.</summary>
public sealed class ProductLabelPage(IPage page) : MemberPage(page)
{
    public static string PathFor(int id) => $"/kelola/produk/{id}/label";

    public LabelChecklistPart Checklist => new(Page, "main .label-sheet");

    public ILocator PrintButton => Page.Locator("main .label-page__print");

    public Task OpenAsync(int id) => OpenPathAsync(PathFor(id));
}
