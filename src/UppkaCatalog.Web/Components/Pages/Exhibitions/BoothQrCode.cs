using QRCoder;

namespace UppkaCatalog.Web.Components.Pages.Exhibitions;

/// <summary>QR codes for booth posters: inline SVG (sharp at any print size, no image request, a few KB).</summary>
public static class BoothQrCode
{
    /// <summary>
    /// An <c>&lt;svg&gt;</c> element encoding <paramref name="url"/>, black on white with the quiet zone, sized by its
    /// viewBox (CSS decides how large). Error correction M (15 %): still readable with a crease or a smudge, and a
    /// booth address stays a small, easily scanned code.
    /// </summary>
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
