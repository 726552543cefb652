using PdfSharp.Fonts;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>
/// PDFsharp 6 finds no fonts by itself on Linux: this resolver hands it DejaVu Sans (regular and bold, Bitstream Vera
/// licence, see Fonts/LICENSE-DejaVu.txt), embedded in this assembly, so a catalogue looks the same on every machine,
/// in the Docker image and in CI, whatever fonts are installed. DejaVu covers Latin with all of Indonesian's letters.
/// Every family asked for resolves to DejaVu; PDFsharp embeds the used glyphs as a subset.
/// </summary>
public sealed class CatalogueFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly object Gate = new();

    /// <summary>
    /// Registers the resolver for the process, once: PDFsharp's setting is global and refuses a second resolver
    /// after fonts were used (tests start many hosts in one process).
    /// </summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is CatalogueFonts) return;
            GlobalFontSettings.FontResolver = new CatalogueFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // No italic face is shipped: PDFsharp simulates it if ever asked.
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(CatalogueFonts).Assembly.GetManifestResourceStream($"UppkaCatalog.Web.Catalogues.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
