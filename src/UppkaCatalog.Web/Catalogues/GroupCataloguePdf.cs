using System.Globalization;
using Microsoft.Extensions.Localization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalogues;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>
/// Draws a group's catalogue: A4 portrait, a cover (name, regency, story, WhatsApp, QR code to the storefront), then
/// the products two per row, each with its photo, facts and a link to its page; page numbers and the date made on
/// every page. Texts come from <see cref="CatalogueResource"/> in the current UI culture.
/// </summary>
public sealed class GroupCataloguePdf(IMediaStore media, IStringLocalizer<CatalogueResource> text, IStringLocalizer<SharedResource> shared, ILogger<GroupCataloguePdf> log)
{
    private const double Margin = 40, Gap = 16, FooterHeight = 24, LineGap = 2;
    private const double PhotoHeight = 180;

    /// <summary>Pixels a product photo needs: its cell is ~3.5 in wide; 150 dpi is sharp in print and on a phone.</summary>
    public const int PhotoPixels = 520;

    private static readonly XColor Ink = XColor.FromArgb(0x21, 0x21, 0x21), Muted = XColor.FromArgb(0x5f, 0x63, 0x68),
        Accent = XColor.FromArgb(0x1b, 0x5e, 0x20), Link = XColor.FromArgb(0x0b, 0x57, 0xd0), Tile = XColor.FromArgb(0xe6, 0xe6, 0xe6);

    /// <param name="storefrontUrl">The storefront's absolute address (QR code and cover link).</param>
    /// <param name="productUrl">A product's absolute address from its slug.</param>
    public byte[] Render(GroupCatalogue group, string storefrontUrl, Func<string, string> productUrl, DateTimeOffset madeAt)
    {
        CatalogueFonts.Register();
        using var document = new PdfDocument();
        document.Info.Title = text["DocumentTitle", group.Name];
        document.Info.Creator = "UppkaCatalog";
        var images = new List<XImage>();
        try
        {
            Cover(document, group, storefrontUrl);
            Products(document, group.Products, productUrl, images);
            Footers(document, group.Name, madeAt);
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            return output.ToArray();
        }
        finally
        {
            foreach (var image in images) image.Dispose();
        }
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        return page;
    }

    private static XFont Font(double size, bool bold = false) => new(CatalogueFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private void Cover(PdfDocument document, GroupCatalogue group, string storefrontUrl)
    {
        var page = NewPage(document);
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - 2 * Margin;
        var y = Margin;
        y = Lines(gfx, [text["CoverLabel"]], Font(12, bold: true), Accent, Margin, y);
        y = Lines(gfx, PdfText.Wrap(gfx, group.Name, Font(26, bold: true), width, 3), Font(26, bold: true), Ink, Margin, y + 4);
        y = Lines(gfx, PdfText.Wrap(gfx, group.RegencyName, Font(14), width, 2), Font(14), Muted, Margin, y + 2);
        if (!string.IsNullOrEmpty(group.PublicWhatsApp))
        {
            y = Lines(gfx, [text["WhatsApp", Core.Common.PhoneNumber.Written(group.PublicWhatsApp)]], Font(13, bold: true), Ink, Margin, y + 10);
        }

        var qrSize = 150.0;
        var qrTop = page.Height.Point - Margin - FooterHeight - qrSize - 40;
        if (!string.IsNullOrWhiteSpace(group.Story))
        {
            var storyFont = Font(11);
            var room = (int)((qrTop - 20 - (y + 16)) / (storyFont.GetHeight() + LineGap));
            y = Lines(gfx, PdfText.Wrap(gfx, group.Story, storyFont, width, Math.Max(room, 1)), storyFont, Ink, Margin, y + 16);
        }

        if (group.Products.Count == 0)
        {
            Lines(gfx, PdfText.Wrap(gfx, text["NoProducts"], Font(13, bold: true), width, 3), Font(13, bold: true), Accent, Margin, y + 24);
        }
        else
        {
            Lines(gfx, [text["ProductCount", group.Products.Count]], Font(12), Muted, Margin, y + 24);
        }

        QrCode(gfx, storefrontUrl, Margin, qrTop, qrSize);
        var captionX = Margin + qrSize + 16;
        var captionWidth = width - qrSize - 16;
        var cy = Lines(gfx, PdfText.Wrap(gfx, text["ScanToVisit"], Font(12, bold: true), captionWidth, 3), Font(12, bold: true), Ink, captionX, qrTop + 20);
        var urlLines = PdfText.Wrap(gfx, storefrontUrl, Font(10), captionWidth, 3);
        var end = Lines(gfx, urlLines, Font(10), Link, captionX, cy + 6);
        AddLink(page, gfx, new XRect(captionX, cy + 6, captionWidth, end - cy - 6), storefrontUrl);
        AddLink(page, gfx, new XRect(Margin, qrTop, qrSize, qrSize), storefrontUrl);
    }

    /// <summary>The QR code as vector squares (sharp at any zoom, no image); error correction M survives a crease.</summary>
    private static void QrCode(XGraphics gfx, string url, double x, double y, double size)
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

    private void Products(PdfDocument document, IReadOnlyList<CatalogueProduct> products, Func<string, string> productUrl, List<XImage> images)
    {
        if (products.Count == 0) return;
        PdfPage? page = null;
        XGraphics? gfx = null;
        try
        {
            double y = 0, bottom = 0;
            for (var i = 0; i < products.Count; i += 2)
            {
                if (gfx is null || page is null) (page, gfx, y, bottom) = Start(document);
                var cellWidth = (page.Width.Point - 2 * Margin - Gap) / 2;
                var row = products.Skip(i).Take(2).Select(p => Layout(gfx, p, cellWidth)).ToList();
                var height = row.Max(c => c.Height);
                if (y + height > bottom && y > Margin)
                {
                    gfx.Dispose();
                    (page, gfx, y, bottom) = Start(document);
                }

                for (var c = 0; c < row.Count; c++) Draw(page, gfx, row[c], Margin + c * (cellWidth + Gap), y, cellWidth, productUrl, images);
                y += height + Gap;
            }
        }
        finally
        {
            gfx?.Dispose();
        }
    }

    private static (PdfPage, XGraphics, double Y, double Bottom) Start(PdfDocument document)
    {
        var page = NewPage(document);
        return (page, XGraphics.FromPdfPage(page), Margin, page.Height.Point - Margin - FooterHeight);
    }

    private sealed record Cell(CatalogueProduct Product, List<string> Name, List<string> Facts, List<string> Description, double Height);

    private static readonly XFont NameFont = Font(12, bold: true), PriceFont = Font(11.5, bold: true), FactFont = Font(9), DescriptionFont = Font(8.5), LinkFont = Font(9, bold: true);

    private Cell Layout(XGraphics gfx, CatalogueProduct p, double width)
    {
        var facts = new List<string>
        {
            text["MinimumOrder", p.MinimumOrder, p.Unit],
            p.Availability switch
            {
                Availability.PreOrder => shared["AvailabilityPreOrder", p.PreOrderDays ?? 0],
                Availability.OutOfStock => shared["AvailabilityOutOfStock"],
                _ => shared["AvailabilityReady"],
            },
        };
        if (!string.IsNullOrWhiteSpace(p.NetContent)) facts.Add(text["NetContent", p.NetContent]);
        var permits = new[] { (text["Pirt"].Value, p.PirtNumber), (text["Halal"].Value, p.HalalNumber), (text["Bpom"].Value, p.BpomNumber) }
            .Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => $"{x.Item1} {x.Item2}").ToList();
        if (permits.Count > 0) facts.Add(string.Join(" · ", permits));
        var factLines = facts.SelectMany(f => PdfText.Wrap(gfx, f, FactFont, width, 2)).ToList();
        var name = PdfText.Wrap(gfx, p.Name, NameFont, width, 3);
        var description = PdfText.Wrap(gfx, p.Description, DescriptionFont, width, 4);
        var height = PhotoHeight + 6 + Height(NameFont, name.Count) + Height(PriceFont, 1) + 4 + Height(FactFont, factLines.Count)
            + 4 + Height(DescriptionFont, description.Count) + 4 + Height(LinkFont, 1);
        return new Cell(p, name, factLines, description, height);
    }

    private static double Height(XFont font, int lines) => lines * (font.GetHeight() + LineGap);

    private void Draw(PdfPage page, XGraphics gfx, Cell cell, double x, double y, double width, Func<string, string> productUrl, List<XImage> images)
    {
        Photo(gfx, cell.Product, x, y, width, images);
        var top = y;
        y = Lines(gfx, cell.Name, NameFont, Ink, x, y + PhotoHeight + 6);
        y = Lines(gfx, [text["Price", Core.Common.Rupiah.Format(cell.Product.Price), cell.Product.Unit]], PriceFont, Accent, x, y);
        y = Lines(gfx, cell.Facts, FactFont, Ink, x, y + 4);
        y = Lines(gfx, cell.Description, DescriptionFont, Muted, x, y + 4);
        var url = productUrl(cell.Product.Slug);
        var end = Lines(gfx, [text["ViewProduct"]], LinkFont, Link, x, y + 4);
        AddLink(page, gfx, new XRect(x, y + 4, width, end - y - 4), url);
        // The photo and the name open the product page too: the natural places to tap.
        AddLink(page, gfx, new XRect(x, top, width, PhotoHeight), url);
    }

    private void Photo(XGraphics gfx, CatalogueProduct p, double x, double y, double width, List<XImage> images)
    {
        var box = new XRect(x, y, width, PhotoHeight);
        gfx.DrawRectangle(new XSolidBrush(Tile), box);
        var image = Load(p);
        if (image is null)
        {
            var label = text["NoPhoto"].Value;
            var size = gfx.MeasureString(label, FactFont);
            gfx.DrawString(label, FactFont, new XSolidBrush(Muted), x + (width - size.Width) / 2, y + PhotoHeight / 2, XStringFormats.BaseLineLeft);
            return;
        }

        images.Add(image);
        // Fitted inside the tile, whole photo visible (a cropped product hides what is sold).
        var scale = Math.Min(width / image.PixelWidth, PhotoHeight / image.PixelHeight);
        var w = image.PixelWidth * scale;
        var h = image.PixelHeight * scale;
        gfx.DrawImage(image, x + (width - w) / 2, y + (PhotoHeight - h) / 2, w, h);
    }

    /// <summary>The cover's JPEG (passed through unchanged by PDFsharp), or null (logged) when missing or unreadable.</summary>
    private XImage? Load(CatalogueProduct p)
    {
        var variant = GroupCatalogueService.Rendition(p.Cover, PhotoPixels);
        if (variant is null) return null;
        try
        {
            using var stream = media.OpenRead(variant.Key);
            if (stream is null)
            {
                log.LogWarning("Catalogue photo {Key} of product {Slug} is missing from the media store", variant.Key, p.Slug);
                return null;
            }

            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return XImage.FromStream(copy);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            log.LogWarning(e, "Catalogue photo {Key} of product {Slug} could not be read", variant.Key, p.Slug);
            return null;
        }
    }

    private void Footers(PdfDocument document, string groupName, DateTimeOffset madeAt)
    {
        var made = text["MadeAt", madeAt.ToOffset(Core.Common.Wib.Offset).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture)].Value;
        var font = Font(8);
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page);
            var y = page.Height.Point - Margin;
            var width = page.Width.Point - 2 * Margin;
            var number = text["PageOf", i + 1, document.PageCount].Value;
            var numberWidth = gfx.MeasureString(number, font).Width;
            gfx.DrawLine(new XPen(Tile, 0.5), Margin, y - 12, Margin + width, y - 12);
            var left = PdfText.Wrap(gfx, $"{groupName} · {made}", font, width - numberWidth - 12, 1);
            gfx.DrawString(left[0], font, new XSolidBrush(Muted), Margin, y, XStringFormats.BaseLineLeft);
            gfx.DrawString(number, font, new XSolidBrush(Muted), Margin + width - numberWidth, y, XStringFormats.BaseLineLeft);
        }
    }

    /// <summary>Draws lines top-down from <paramref name="y"/>; returns the y below the last.</summary>
    private static double Lines(XGraphics gfx, IEnumerable<string> lines, XFont font, XColor color, double x, double y)
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
    private static void AddLink(PdfPage page, XGraphics gfx, XRect area, string url) =>
        page.AddWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(area)), url);
}
