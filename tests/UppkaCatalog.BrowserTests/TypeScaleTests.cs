using UppkaCatalog.BrowserTests.Pages;


namespace UppkaCatalog.BrowserTests;

/// <summary>
/// Buyers' pages keep to the type scale of site.css (four sizes, two weights). Each distinct size x weight x style
/// is a font the phone must look up and shape before its first paint: on /katalog, 14 of them took twice the
/// layout time of one, and Lighthouse's phone multiplies main-thread time by four (bench/page-weight.sh).
/// </summary>
public sealed class TypeScaleTests(AppFixture app) : BrowserTest(app)
{
    private const int MaxFonts = 7;

    [Theory]
    [InlineData("home")]
    [InlineData("katalog")]
    [InlineData("produk")]
    [InlineData("aula")]
    [InlineData("stan")]
    public async Task Page_uses_few_distinct_fonts(string name)
    {
        var path = await PathOfAsync(name);
        var page = new PublicPage(await NewPageAsync(width: 360));
        await page.OpenAsync(path);

        // Every visible element that shows text of its own (or is a form control), by computed font.
        var fonts = await page.Page.EvaluateAsync<string[]>("""
            () => {
              const seen = new Map();
              for (const e of document.querySelectorAll('body *')) {
                const s = getComputedStyle(e);
                if (s.display === 'none' || s.visibility === 'hidden') continue;
                const ownText = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
                if (!ownText && !['INPUT', 'SELECT', 'BUTTON', 'TEXTAREA'].includes(e.tagName)) continue;
                const key = `${s.fontSize} ${s.fontWeight} ${s.fontStyle}`;
                if (!seen.has(key)) seen.set(key, `${key} (first: ${e.tagName.toLowerCase()}.${e.className})`);
              }
              return [...seen.values()];
            }
            """);

        Assert.True(fonts.Length <= MaxFonts,
            $"{path} uses {fonts.Length} fonts (at most {MaxFonts}; use the --text-* sizes and weights 400/700 of site.css):\n"
            + string.Join('\n', fonts));
    }
}
