using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalogues;
using UppkaCatalog.Web.Resources;
using static UppkaCatalog.Web.Catalogues.PdfDrawing;

namespace UppkaCatalog.Web.Catalogues;

/// <summary>
/// Draws a group's catalogue: A4 portrait, a cover (name, regency, story, WhatsApp, QR code to the storefront), then
/// the products two per row, each with its photo, facts and a link to its page; page numbers and the date made on
/// every page. Texts come from <see cref="CatalogueResource"/> in the current UI culture.
/// </summary>
public sealed class GroupCataloguePdf(CataloguePhotos photos, IStringLocalizer<CatalogueResource> text, IStringLocalizer<SharedResource> shared)
{
    private const double PhotoHeight = 180;

    /// <summary>
    /// Pixels a product photo needs: its tile is 249 × 180 pt, so a 4:3 photo prints 3.3 in wide; the 480 px rendition
    /// gives it ~145 dpi, sharp in print and on a phone zoomed to width.
    /// </summary>
    public const int PhotoPixels = 480;

    /// <param name="storefrontUrl">The storefront's absolute address (QR code and cover link).</param>
    /// <param name="productUrl">A product's absolute address from its slug.</param>
    public byte[] Render(GroupCatalogue group, string storefrontUrl, Func<string, string> productUrl, DateTimeOffset madeAt)
    {
        return Document(text, group.Name, madeAt, (document, images) =>
        {
            Cover(document, group, storefrontUrl);
            Products(document, group.Products, productUrl, images);
        });
    }

    private void Cover(PdfDocument document, GroupCatalogue group, string storefrontUrl)
    {
        var page = NewPage(document);
        using var gfx = XGraphics.FromPdfPage(page);
        var width = ContentWidth(page);
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

        var count = group.Products.Count == 0 ? text["NoProducts"].Value : text["ProductCount", group.Products.Count].Value;
        Lines(gfx, PdfText.Wrap(gfx, count, Font(13, bold: group.Products.Count == 0), width, 3), Font(13, bold: group.Products.Count == 0),
            group.Products.Count == 0 ? Accent : Muted, Margin, y + 24);
        QrBlock(page, gfx, storefrontUrl, text["ScanToVisit"], qrTop, qrSize);
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
                var cellWidth = (ContentWidth(page) - Gap) / 2;
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

    private void Draw(PdfPage page, XGraphics gfx, Cell cell, double x, double y, double width, Func<string, string> productUrl, List<XImage> images)
    {
        var image = photos.Load(cell.Product.Cover, PhotoPixels, cell.Product.Slug);
        if (image is not null) images.Add(image);
        Photo(gfx, image, new XRect(x, y, width, PhotoHeight), text["NoPhoto"]);
        var top = y;
        y = Lines(gfx, cell.Name, NameFont, Ink, x, y + PhotoHeight + 6);
        y = Lines(gfx, [text["Price", Core.Common.Rupiah.Format(cell.Product.Price), cell.Product.Unit]], PriceFont, Accent, x, y);
        y = Lines(gfx, cell.Facts, FactFont, Ink, x, y + 4);
        y = Lines(gfx, cell.Description, DescriptionFont, Muted, x, y + 4);
        var url = productUrl(cell.Product.Slug);
        var end = Lines(gfx, [text["ViewProduct"]], LinkFont, Link, x, y + 4);
        AddLink(page, gfx, new XRect(x, y + 4, width, end - y - 4), url);
        // The photo opens the product page too: the natural place to tap.
        AddLink(page, gfx, new XRect(x, top, width, PhotoHeight), url);
    }
}
