using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Catalog;
using UppkaCatalog.BrowserTests.Pages.Exhibitions;
using UppkaCatalog.BrowserTests.Pages.Home;

namespace UppkaCatalog.BrowserTests;

/// <summary>Base of the browser tests: fresh browser contexts per test, closed afterwards.</summary>
public abstract class BrowserTest(AppFixture app) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    protected AppFixture App { get; } = app;

    /// <summary>A new page in a new context (own cookies), at the given viewport width.</summary>
    protected async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true)
    {
        var context = await App.NewContextAsync(width, javaScript: javaScript);
        // A loaded 2-core CI machine can need more than Playwright's default 30 s for a first interactive render.
        context.SetDefaultTimeout(60_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The path of one of the public pages by name; product, hall and booth are found by following
    /// links the way a visitor would (first product of /katalog, the ongoing exhibition's hall,
    /// the hall's first booth).
    /// </summary>
    protected async Task<string> PathOfAsync(string name)
    {
        if (App.DiscoveredPaths.TryGetValue(name, out var known)) return known;
        var path = await DiscoverPathAsync(name);
        App.DiscoveredPaths[name] = path;
        return path;
    }

    private async Task<string> DiscoverPathAsync(string name)
    {
        switch (name)
        {
            case "home": return HomePage.Path;
            case "katalog": return CatalogPage.Path;
            case "pameran": return ExhibitionsPage.Path;
            case "program": return "/program";
            // The demo's first training: sessions, requirements, sectors.
            case "programmitra": return "/program/pelatihan-menjahit-busana-muslim-2026";
            case "aula": return HallPage.PathFor((await App.OngoingExhibitionAsync()).Slug);
            case "produk":
            {
                var catalog = new CatalogPage(await NewPageAsync());
                await catalog.OpenAsync();
                return await catalog.FirstProductHrefAsync();
            }
            case "stan":
            {
                var hall = new HallPage(await NewPageAsync());
                await hall.OpenAsync((await App.OngoingExhibitionAsync()).Slug);
                return await hall.FirstBoothHrefAsync();
            }
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "unknown page name");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
