using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages;

/// <summary><c>/katalog</c>: published products, newest first, paged.</summary>
public sealed class CatalogPage(IPage page) : ProductListPage(page)
{
    public const string Path = "/katalog";

    public Task<IResponse> OpenAsync() => GotoAsync(Path);
}
