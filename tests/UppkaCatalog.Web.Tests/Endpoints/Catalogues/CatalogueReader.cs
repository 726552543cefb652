using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace UppkaCatalog.Web.Tests.Endpoints.Catalogues;

/// <summary>A catalogue PDF read back with PdfPig: its text (whitespace dropped, since names wrap), links, fonts and images.</summary>
public sealed class CatalogueReader
{
    public CatalogueReader(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        PageCount = document.NumberOfPages;
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append(string.Concat(page.Letters.Select(l => l.Value)));
            Links.AddRange(page.GetHyperlinks().Select(h => h.Uri ?? ""));
            Fonts.UnionWith(page.Letters.Select(l => l.FontName ?? ""));
            foreach (var image in page.GetImages())
            {
                var filter = image.ImageDictionary.TryGet(NameToken.Filter, out var token) ? token.ToString() ?? "" : "";
                ImageFilters.Add(filter);
            }
        }

        Text = Squeeze(text.ToString());
        Raw = Encoding.Latin1.GetString(pdf);
    }

    public int PageCount { get; }

    /// <summary>Every letter of every page, whitespace removed.</summary>
    public string Text { get; }

    /// <summary>The file as Latin-1, to find dictionary keys such as <c>/FontFile2</c>.</summary>
    public string Raw { get; }

    public List<string> Links { get; } = [];

    public HashSet<string> Fonts { get; } = [];

    public List<string> ImageFilters { get; } = [];

    public bool Has(string text) => Text.Contains(Squeeze(text), StringComparison.Ordinal);

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
