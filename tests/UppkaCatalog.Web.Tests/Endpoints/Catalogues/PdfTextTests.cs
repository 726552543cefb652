using PdfSharp.Drawing;
using UppkaCatalog.Web.Catalogues;

namespace UppkaCatalog.Web.Tests.Endpoints.Catalogues;

/// <summary>Long names and descriptions wrap inside their cell and are cut with "…", never drawn past it.</summary>
public sealed class PdfTextTests
{
    [Fact]
    public void Every_line_fits_the_width_and_overlong_text_is_cut_with_an_ellipsis()
    {
        CatalogueFonts.Register();
        using var gfx = XGraphics.CreateMeasureContext(new XSize(600, 800), XGraphicsUnit.Point, XPageDirection.Downwards);
        var font = new XFont(CatalogueFonts.Family, 12, XFontStyleEx.Bold);
        var name = "Keripik Singkong Balado Pedas Manis Khas Kabupaten Sarolangun Kemasan Ekonomis "
            + "TanpaSpasiSamaSekaliPanjangSekaliSehinggaHarusDipotongDiTengahKata";

        var lines = PdfText.Wrap(gfx, name, font, 150, 3);

        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.True(gfx.MeasureString(l, font).Width <= 150, $"'{l}' is wider than its cell"));
        Assert.EndsWith("…", lines[^1]);
        Assert.Equal(["Halo"], PdfText.Wrap(gfx, "Halo", font, 150, 3));
        var cut = PdfText.Wrap(gfx, new string('W', 80), font, 150, 10);
        Assert.True(cut.Count > 1, "a word wider than the cell is cut");
        Assert.Equal(new string('W', 80), string.Concat(cut));
    }
}
