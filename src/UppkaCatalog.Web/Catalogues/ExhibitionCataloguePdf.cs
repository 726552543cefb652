using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using UppkaCatalog.Core.Catalogues;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Resources;
using static UppkaCatalog.Web.Catalogues.PdfDrawing;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>The absolute addresses an exhibition catalogue links to.</summary>
/// <param name="Hall">The exhibition's hall page (QR code on the cover).</param>
/// <param name="Booth">A booth's page from its group's slug.</param>
/// <param name="Product">A product's page from its slug.</param>
public sealed record ExhibitionCatalogueLinks(string Hall, Func<string, string> Booth, Func<string, string> Product);

/// <summary>
/// Draws an exhibition's catalogue: A4 portrait, a cover (title, theme, WIB dates, description, QR code to the hall),
/// then hall by hall each booth — its number, group, regency, tagline and WhatsApp, a link to the booth — with its
/// featured products three per row at their exhibition price beside the normal one. A booth's heading is never left
/// alone at the foot of a page. Page numbers and the date made on every page.
/// </summary>
public sealed class ExhibitionCataloguePdf(CataloguePhotos photos, IStringLocalizer<CatalogueResource> text)
{
    private const double PhotoHeight = 100, ProductsPerRow = 3;

    /// <summary>
    /// Pixels a product photo needs: its tile is 165 × 100 pt (low, so three booths fit a page), so a 4:3 photo prints
    /// 1.9 in wide; the 320 px rendition gives it ~170 dpi, sharp in print and on a phone zoomed to width.
    /// </summary>
    public const int PhotoPixels = 320;

    private static readonly XFont HallFont = Font(16, bold: true), BoothFont = Font(12.5, bold: true), BoothFactFont = Font(9),
        NameFont = Font(10, bold: true), PriceFont = Font(10, bold: true), NormalFont = Font(8.5), LinkFont = Font(9, bold: true);

    public byte[] Render(ExhibitionCatalogue exhibition, ExhibitionCatalogueLinks links, DateTimeOffset madeAt)
    {
        return Document(text, exhibition.Title, madeAt, (document, images) =>
        {
            Cover(document, exhibition, links.Hall);
            Booths(document, exhibition, links, images);
        });
    }

    private void Cover(PdfDocument document, ExhibitionCatalogue e, string hallUrl)
    {
        var page = NewPage(document);
        using var gfx = XGraphics.FromPdfPage(page);
        var width = ContentWidth(page);
        var y = Lines(gfx, [text["ExhibitionCoverLabel"]], Font(12, bold: true), Accent, Margin, Margin);
        y = Lines(gfx, PdfText.Wrap(gfx, e.Title, Font(26, bold: true), width, 3), Font(26, bold: true), Ink, Margin, y + 4);
        if (!string.IsNullOrWhiteSpace(e.Theme)) y = Lines(gfx, PdfText.Wrap(gfx, e.Theme, Font(14), width, 2), Font(14), Muted, Margin, y + 2);
        y = Lines(gfx, [text["ExhibitionDates", WibDates.Range(e.StartsAt, e.EndsAt)]], Font(13, bold: true), Ink, Margin, y + 10);
        if (e.IsArchived) y = Lines(gfx, [text["ExhibitionArchived"]], Font(11), Muted, Margin, y + 2);

        const double qrSize = 150;
        var qrTop = page.Height.Point - Margin - FooterHeight - qrSize - 40;
        if (!string.IsNullOrWhiteSpace(e.Description))
        {
            var font = Font(11);
            var room = (int)((qrTop - 60 - (y + 16)) / (font.GetHeight() + LineGap));
            y = Lines(gfx, PdfText.Wrap(gfx, e.Description, font, width, Math.Max(room, 1)), font, Ink, Margin, y + 16);
        }

        var count = e.BoothCount == 0 ? text["NoBooths"].Value : text["BoothCount", e.BoothCount, e.Halls.Count].Value;
        Lines(gfx, PdfText.Wrap(gfx, count, Font(13, bold: e.BoothCount == 0), width, 3), Font(13, bold: e.BoothCount == 0),
            e.BoothCount == 0 ? Accent : Muted, Margin, y + 24);
        QrBlock(page, gfx, hallUrl, text["ScanToVisitHall"], qrTop, qrSize);
    }

    /// <summary>Where the pen is: the page being filled and how far down.</summary>
    private sealed class Pen(PdfDocument document) : IDisposable
    {
        public PdfPage Page = null!;
        public XGraphics Gfx = null!;
        public double Y, Bottom;

        public void NextPage()
        {
            Gfx?.Dispose();
            (Page, Gfx, Y, Bottom) = Start(document);
        }

        /// <summary>A new page unless <paramref name="height"/> still fits below (a page already at its top always takes it).</summary>
        public void Room(double height)
        {
            if (Y + height > Bottom && Y > Margin) NextPage();
        }

        public void Dispose() => Gfx?.Dispose();
    }

    private void Booths(PdfDocument document, ExhibitionCatalogue e, ExhibitionCatalogueLinks links, List<XImage> images)
    {
        if (e.BoothCount == 0) return;
        using var pen = new Pen(document);
        pen.NextPage();
        var width = ContentWidth(pen.Page);
        var cellWidth = (width - (ProductsPerRow - 1) * Gap) / ProductsPerRow;
        foreach (var hall in e.Halls)
        {
            var hallLines = PdfText.Wrap(pen.Gfx, hall.Name, HallFont, width, 2);
            var firstBooth = BoothHeading(pen.Gfx, hall.Booths[0], width);
            // The hall's name travels with its first booth's heading and first row.
            pen.Room(Height(HallFont, hallLines.Count) + 10 + firstBooth.Height + FirstRowHeight(pen.Gfx, hall.Booths[0], cellWidth));
            pen.Y = Lines(pen.Gfx, hallLines, HallFont, Accent, Margin, pen.Y) + 2;
            pen.Gfx.DrawLine(new XPen(Accent, 1), Margin, pen.Y, Margin + width, pen.Y);
            pen.Y += 8;
            foreach (var booth in hall.Booths) Booth(pen, booth, links, width, cellWidth, images);
        }
    }

    private sealed record Heading(List<string> Title, List<string> Facts, double Height);

    private Heading BoothHeading(XGraphics gfx, CatalogueBooth booth, double width)
    {
        var title = PdfText.Wrap(gfx, text["BoothTitle", booth.Number, booth.GroupName], BoothFont, width, 2);
        var facts = new List<string> { booth.RegencyName };
        if (!string.IsNullOrWhiteSpace(booth.PublicWhatsApp)) facts[0] += " · " + text["WhatsApp", Core.Common.PhoneNumber.Written(booth.PublicWhatsApp)];
        var factLines = facts.SelectMany(f => PdfText.Wrap(gfx, f, BoothFactFont, width, 2)).ToList();
        if (!string.IsNullOrWhiteSpace(booth.Tagline)) factLines.AddRange(PdfText.Wrap(gfx, booth.Tagline, BoothFactFont, width, 2));
        return new Heading(title, factLines, Height(BoothFont, title.Count) + Height(BoothFactFont, factLines.Count) + Height(LinkFont, 1) + 8);
    }

    private double FirstRowHeight(XGraphics gfx, CatalogueBooth booth, double cellWidth) =>
        booth.Products.Count == 0 ? Height(BoothFactFont, 1) : booth.Products.Take((int)ProductsPerRow).Max(p => Layout(gfx, p, cellWidth).Height);

    private void Booth(Pen pen, CatalogueBooth booth, ExhibitionCatalogueLinks links, double width, double cellWidth, List<XImage> images)
    {
        var heading = BoothHeading(pen.Gfx, booth, width);
        pen.Room(heading.Height + FirstRowHeight(pen.Gfx, booth, cellWidth));
        var top = pen.Y;
        var y = Lines(pen.Gfx, heading.Title, BoothFont, Ink, Margin, pen.Y);
        y = Lines(pen.Gfx, heading.Facts, BoothFactFont, Muted, Margin, y);
        var end = Lines(pen.Gfx, [text["VisitBooth"]], LinkFont, Link, Margin, y);
        var boothUrl = links.Booth(booth.GroupSlug);
        PdfDrawing.AddLink(pen.Page, pen.Gfx, new XRect(Margin, top, width, end - top), boothUrl);
        pen.Y = end + 6;

        if (booth.Products.Count == 0)
        {
            pen.Y = Lines(pen.Gfx, [text["NoFeaturedProducts"]], BoothFactFont, Muted, Margin, pen.Y) + Gap;
            return;
        }

        for (var i = 0; i < booth.Products.Count; i += (int)ProductsPerRow)
        {
            var row = booth.Products.Skip(i).Take((int)ProductsPerRow).Select(p => Layout(pen.Gfx, p, cellWidth)).ToList();
            var height = row.Max(c => c.Height);
            pen.Room(height);
            for (var c = 0; c < row.Count; c++) Draw(pen, row[c], Margin + c * (cellWidth + Gap), cellWidth, links.Product, images);
            pen.Y += height + 10;
        }

        pen.Y += Gap - 10;
    }

    private sealed record Cell(BoothCatalogueProduct Product, List<string> Name, string Price, string? Normal, double Height);

    private Cell Layout(XGraphics gfx, BoothCatalogueProduct p, double width)
    {
        var name = PdfText.Wrap(gfx, p.Name, NameFont, width, 2);
        var shown = p.ExhibitionPrice ?? p.Price;
        var price = text["Price", Core.Common.Rupiah.Format(shown), p.Unit].Value;
        // The normal price only where the exhibition price differs: "harga biasa" beside an equal price says nothing.
        var normal = p.ExhibitionPrice is { } special && special != p.Price ? text["NormalPrice", Core.Common.Rupiah.Format(p.Price)].Value : null;
        var height = PhotoHeight + 4 + Height(NameFont, name.Count) + Height(PriceFont, 1) + (normal is null ? 0 : Height(NormalFont, 1));
        return new Cell(p, name, price, normal, height);
    }

    private void Draw(Pen pen, Cell cell, double x, double width, Func<string, string> productUrl, List<XImage> images)
    {
        var image = photos.Load(cell.Product.Cover, PhotoPixels, cell.Product.Slug);
        if (image is not null) images.Add(image);
        var top = pen.Y;
        Photo(pen.Gfx, image, new XRect(x, top, width, PhotoHeight), text["NoPhoto"]);
        var y = Lines(pen.Gfx, cell.Name, NameFont, Ink, x, top + PhotoHeight + 4);
        y = Lines(pen.Gfx, PdfText.Wrap(pen.Gfx, cell.Price, PriceFont, width, 1), PriceFont, Accent, x, y);
        if (cell.Normal is not null)
        {
            var line = PdfText.Wrap(pen.Gfx, cell.Normal, NormalFont, width, 1)[0];
            Lines(pen.Gfx, [line], NormalFont, Muted, x, y);
        }

        // The whole cell opens the product's page.
        PdfDrawing.AddLink(pen.Page, pen.Gfx, new XRect(x, top, width, cell.Height), productUrl(cell.Product.Slug));
    }
}
