using Microsoft.Playwright;

namespace UppkaCatalog.BrowserTests.Pages;

/// <summary>What every public page has: the site header (main navigation, language switch) and &lt;html lang&gt;.</summary>
public abstract class BasePage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The header's main navigation (a labelled nav landmark).</summary>
    public ILocator MainNav => Page.Locator("header nav[aria-label]");

    public ILocator MainNavLinks => MainNav.Locator("a[href]");

    /// <summary>The header link to the other language ("English" on Indonesian pages).</summary>
    public ILocator LanguageSwitch => Page.Locator("header a.lang-switch");

    public ILocator Heading => Page.Locator("main h1");

    public Task<string?> LangAsync() => Page.Locator("html").GetAttributeAsync("lang");

    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response.Status == 200, $"GET {path} answered {response.Status}, expected 200.");
        return response;
    }

    public async Task<IReadOnlyList<string>> MainNavHrefsAsync()
    {
        var hrefs = new List<string>();
        foreach (var link in await MainNavLinks.AllAsync())
        {
            hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        }

        return hrefs;
    }

    /// <summary>Widest content width versus the viewport width (horizontal overflow when greater).</summary>
    public Task<int> ScrollWidthAsync() => Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    /// <summary>
    /// Elements inside &lt;main&gt; that stick out past main's content box on the right (into its padding or
    /// beyond the viewport): the start of horizontal scrolling on a narrower phone. Outermost ones only.
    /// </summary>
    public Task<string[]> ElementsWiderThanMainAsync() => Page.EvaluateAsync<string[]>("""
        () => {
            const main = document.querySelector('main');
            const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
            const sticksOut = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > edge + 1; };
            // A wide data table inside its own sideways-scrolling region (which fits) is the reflow exception for tables,
            // not content sticking out: what is inside such a region is not counted.
            const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
            const inScrollRegion = el => { for (let a = el.parentElement; a && a !== main; a = a.parentElement) if (scrolls(a)) return true; return false; };
            // The outermost such elements only (their children follow them out).
            return [...main.querySelectorAll('*')]
                .filter(el => sticksOut(el) && !(el.parentElement !== main && sticksOut(el.parentElement)) && !inScrollRegion(el))
                .map(el => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px > ${Math.round(edge)}px)`)
                .slice(0, 10);
        }
        """);

    /// <summary>What the elements say, whitespace folded. Product cards and booth tiles skip rendering while off screen
    /// (content-visibility: auto) and Chromium's innerText of a skipped element is empty, so read cards with this.</summary>
    public static async Task<IReadOnlyList<string>> TextsAsync(ILocator elements) =>
        (await elements.AllTextContentsAsync()).Select(Fold).ToList();

    /// <summary>What one element says, as <see cref="TextsAsync"/> reads it.</summary>
    public static async Task<string> TextAsync(ILocator element) => Fold(await element.TextContentAsync() ?? "");

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Full-page screenshot, with every card rendered, after scrolling through the page so lazy images below the fold load.</summary>
    public async Task ScreenshotAsync(string path)
    {
        // Product cards and booth tiles skip rendering while off screen (content-visibility: auto); a full-page
        // screenshot does not scroll the viewport, so without this they would show as empty boxes.
        await Page.AddStyleTagAsync(new() { Content = ".product-card, .booth-card { content-visibility: visible !important; }" });
        await Page.EvaluateAsync("""
            async () => {
                for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
                    window.scrollTo(0, y);
                    await new Promise(r => setTimeout(r, 50));
                }
                window.scrollTo(0, 0);
                await Promise.all([...document.images].filter(i => !i.complete)
                    .map(i => new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); })));
            }
            """);

        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }
}

/// <summary>A grid of product cards, as on the home page, the catalogue and a booth.</summary>
public abstract class ProductListPage(IPage page) : BasePage(page)
{
    public ILocator ProductCards => Page.Locator("main .product-grid article.product-card");

    public ILocator Prices => ProductCards.Locator(".product-card__price");

    public ILocator ProductNames => ProductCards.Locator(".product-card__name");

    /// <summary>The cards' names as the page holds them. Cards skip rendering while off screen (content-visibility:
    /// auto), and Chromium's innerText of a skipped card is empty, so this reads the text content, whitespace folded.</summary>
    public Task<IReadOnlyList<string>> ProductNamesAsync() => TextsAsync(ProductNames);

    /// <summary>The cards' prices, read as <see cref="ProductNamesAsync"/> reads names.</summary>
    public Task<IReadOnlyList<string>> PricesAsync() => TextsAsync(Prices);

    public async Task<string> FirstProductHrefAsync() =>
        await ProductCards.First.Locator("a.product-card__link").GetAttributeAsync("href")
        ?? throw new InvalidOperationException("The first product card has no link.");
}
