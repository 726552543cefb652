using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Microsoft.Extensions.Localization;
using QRCoder;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>
/// What the group and exhibition catalogues draw alike: A4 pages, the fonts and colours, lines of text, web links,
/// the QR code and the footer (who, when made in WIB, "page x of y"). Coordinates are points from the top left.
/// </summary>
public static class PdfDrawing
{
    public const double Margin = 40, Gap = 16, FooterHeight = 24, LineGap = 2;

    public static readonly XColor Ink = XColor.FromArgb(0x21, 0x21, 0x21), Muted = XColor.FromArgb(0x5f, 0x63, 0x68),
        Accent = XColor.FromArgb(0x1b, 0x5e, 0x20), Link = XColor.FromArgb(0x0b, 0x57, 0xd0), Tile = XColor.FromArgb(0xe6, 0xe6, 0xe6);

    public static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        return page;
    }

    /// <summary>A new page to fill from the top: its graphics, the first y and the last y above the footer.</summary>
    public static (PdfPage Page, XGraphics Gfx, double Y, double Bottom) Start(PdfDocument document)
    {
        var page = NewPage(document);
        return (page, XGraphics.FromPdfPage(page), Margin, page.Height.Point - Margin - FooterHeight);
    }

    public static double ContentWidth(PdfPage page) => page.Width.Point - 2 * Margin;

    public static XFont Font(double size, bool bold = false) => new(CatalogueFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public static double Height(XFont font, int lines) => lines * (font.GetHeight() + LineGap);

    /// <summary>Draws lines top-down from <paramref name="y"/>; returns the y below the last.</summary>
    public static double Lines(XGraphics gfx, IEnumerable<string> lines, XFont font, XColor color, double x, double y)
    {
        var brush = new XSolidBrush(color);
        foreach (var line in lines)
        {
            gfx.DrawString(line, font, brush, x, y, XStringFormats.TopLeft);
            y += font.GetHeight() + LineGap;
        }

        return y;
    }

    /// <summary>A clickable area (page coordinates, top-left origin) opening <paramref name="url"/>.</summary>
    public static void AddLink(PdfPage page, XGraphics gfx, XRect area, string url) =>
        page.AddWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(area)), url);

    /// <summary>The QR code as vector squares (sharp at any zoom, no image); error correction M survives a crease.</summary>
    public static void QrCode(XGraphics gfx, string url, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix[row].Count; col++)
            {
                // Slightly overlapping squares: no hairline gaps between neighbours in viewers that anti-alias.
                if (matrix[row][col]) gfx.DrawRectangle(XBrushes.Black, x + col * module, y + row * module, module + 0.05, module + 0.05);
            }
        }
    }

    /// <summary>
    /// The QR code at the foot of a cover with a caption and the address beside it; both the code and the address
    /// open <paramref name="url"/>.
    /// </summary>
    public static void QrBlock(PdfPage page, XGraphics gfx, string url, string caption, double top, double size)
    {
        var width = ContentWidth(page);
        QrCode(gfx, url, Margin, top, size);
        var captionX = Margin + size + 16;
        var captionWidth = width - size - 16;
        var cy = Lines(gfx, PdfText.Wrap(gfx, caption, Font(12, bold: true), captionWidth, 3), Font(12, bold: true), Ink, captionX, top + 20);
        var end = Lines(gfx, PdfText.Wrap(gfx, url, Font(10), captionWidth, 3), Font(10), Link, captionX, cy + 6);
        AddLink(page, gfx, new XRect(captionX, cy + 6, captionWidth, end - cy - 6), url);
        AddLink(page, gfx, new XRect(Margin, top, size, size), url);
    }

    /// <summary>
    /// A photo fitted inside its tile, whole (a cropped product hides what is sold), on a grey tile; without one, the
    /// tile says <paramref name="noPhoto"/>.
    /// </summary>
    public static void Photo(XGraphics gfx, XImage? image, XRect box, string noPhoto)
    {
        gfx.DrawRectangle(new XSolidBrush(Tile), box);
        if (image is null)
        {
            var font = Font(9);
            var size = gfx.MeasureString(noPhoto, font);
            gfx.DrawString(noPhoto, font, new XSolidBrush(Muted), box.X + (box.Width - size.Width) / 2, box.Y + box.Height / 2, XStringFormats.BaseLineLeft);
            return;
        }

        var scale = Math.Min(box.Width / image.PixelWidth, box.Height / image.PixelHeight);
        var w = image.PixelWidth * scale;
        var h = image.PixelHeight * scale;
        gfx.DrawImage(image, box.X + (box.Width - w) / 2, box.Y + (box.Height - h) / 2, w, h);
    }

    /// <summary>Every page's footer: <paramref name="label"/> and when it was made on the left, "page x of y" on the right.</summary>
    private static void Footers(PdfDocument document, string label, DateTimeOffset madeAt, IStringLocalizer<CatalogueResource> text)
    {
        var made = text["MadeAt", madeAt.ToOffset(Core.Common.Wib.Offset).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture)].Value;
        var font = Font(8);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page);
            var y = page.Height.Point - Margin;
            var width = ContentWidth(page);
            var number = text["PageOf", i + 1, document.PageCount].Value;
            var numberWidth = gfx.MeasureString(number, font).Width;
            gfx.DrawLine(new XPen(Tile, 0.5), Margin, y - 12, Margin + width, y - 12);
            var left = PdfText.Wrap(gfx, $"{label} · {made}", font, width - numberWidth - 12, 1);
            gfx.DrawString(left[0], font, new XSolidBrush(Muted), Margin, y, XStringFormats.BaseLineLeft);
            gfx.DrawString(number, font, new XSolidBrush(Muted), Margin + width - numberWidth, y, XStringFormats.BaseLineLeft);
        }
    }

    /// <summary>
    /// A whole catalogue file: a document titled "Katalog {name}" filled by <paramref name="draw"/> (which keeps every
    /// photo it draws in the list handed to it: they must live until the file is saved), then the footers on every
    /// page (<paramref name="name"/>, when made, page x of y), saved to bytes; the photos are released whatever happens.
    /// </summary>
    public static byte[] Document(IStringLocalizer<CatalogueResource> text, string name, DateTimeOffset madeAt, Action<PdfDocument, List<XImage>> draw)
    {
        CatalogueFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = text["DocumentTitle", name];
        document.Info.Creator = "UppkaCatalog";
        var images = new List<XImage>();
        try
        {
            draw(document, images);
            Footers(document, name, madeAt, text);
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            return output.ToArray();
        }
        finally
        {
            foreach (var image in images) image.Dispose();
        }
    }
}
