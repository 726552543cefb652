using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Account;

namespace UppkaCatalog.BrowserTests.Pages.Manage;

/// <summary>A page of the member area (<c>/kelola</c>): interactive, so tests wait for the circuit before they type or click.</summary>
public abstract class MemberPage(IPage page) : BasePage(page)
{
    public const string DemoPassword = "Demo-UPPKA-2026";

    /// <summary>The area's own navigation; its data-interactive turns "true" when the circuit has rendered the page.</summary>
    public ILocator AreaNav => Page.Locator("nav.manage-nav");

    /// <summary>"Menyiapkan formulir…": shown, with every field disabled, until the circuit is live.</summary>
    public ILocator Preparing => Page.Locator("main .area-preparing[role=status]");

    /// <summary>The area's fieldset, disabled and aria-busy until the circuit is live.</summary>
    public ILocator AreaBody => Page.Locator("main fieldset.area-body");

    /// <summary>Snackbar messages (saved, deleted…).</summary>
    public ILocator Snackbars => Page.Locator(".mud-snackbar");

    public async Task OpenPathAsync(string path)
    {
        await GotoAsync(path);
        await WaitInteractiveAsync();
    }

    public Task WaitInteractiveAsync() =>
        Page.Locator("nav.manage-nav[data-interactive=true]").WaitForAsync(new() { Timeout = 45_000 });

    /// <summary>Signs in through <c>/masuk</c> (email or phone number and password) and waits to leave the sign-in page.</summary>
    public static Task SignInAsync(IPage page, string login, string password = DemoPassword) =>
        SignInForm.SignInAndLeaveAsync(page, login, password);
}

/// <summary><c>/kelola</c>: the group's overview.</summary>
public sealed class ManageHomePage(IPage page) : MemberPage(page)
{
    public const string Path = "/kelola";

    public ILocator StatusCounts => Page.Locator("main .status-count");

    /// <summary>"Katalog PDF kelompok Anda": the group's catalogue to open and share.</summary>
    public ILocator CatalogueCard => Page.Locator("main section.catalogue-card");

    public ILocator CatalogueDownload => CatalogueCard.Locator("a.catalogue-download");

    public ILocator CatalogueShare => CatalogueCard.Locator("a.catalogue-share");

    public ILocator CatalogueCount => CatalogueCard.Locator(".catalogue-card__count");

    public Task OpenAsync() => OpenPathAsync(Path);
}

/// <summary><c>/kelola/produk</c>: the group's products in every status, with status filters.</summary>
public sealed class OwnProductsPage(IPage page) : MemberPage(page)
{
    public const string Path = "/kelola/produk";

    public ILocator Rows => Page.Locator("main .product-rows > li");

    public ILocator Filters => Page.Locator("main .filters a");

    public ILocator RowNamed(string name) => Rows.Filter(new() { Has = Page.Locator(".row__name", new() { HasTextString = name }) });

    public Task OpenAsync(string? status = null) => OpenPathAsync(status is null ? Path : $"{Path}?status={status}");
}

/// <summary><c>/kelola/profil</c>: the group's public profile.</summary>
public sealed class GroupProfilePage(IPage page) : MemberPage(page)
{
    public const string Path = "/kelola/profil";

    public Task OpenAsync() => OpenPathAsync(Path);
}
