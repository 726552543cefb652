using UglyToad.PdfPig;

namespace UppkaCatalog.BrowserTests.Support;

/// <summary>A PDF's text read back with PdfPig, whitespace removed (names wrap across lines in their cells).</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squeeze(string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
