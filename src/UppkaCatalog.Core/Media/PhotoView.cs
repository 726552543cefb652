namespace UppkaCatalog.Core.Media;

/// <summary>What a page needs to render a photo as a responsive <c>&lt;picture&gt;</c>.</summary>
public sealed record PhotoView(string Alt, int Width, int Height, string PlaceholderColor, IReadOnlyList<PhotoVariant> Variants)
{
    public static PhotoView From(ProductPhoto p) => new(p.AltText, p.Width, p.Height, p.PlaceholderColor, p.Variants);

    public string SrcSet(string format) =>
        string.Join(", ", Variants.Where(v => v.Format == format).OrderBy(v => v.Width).Select(v => $"/media/{v.Key} {v.Width}w"));

    /// <summary>The JPEG closest above <paramref name="width"/>: the fallback <c>src</c> and the OpenGraph image.</summary>
    public string Fallback(int width)
    {
        var jpegs = Variants.Where(v => v.Format == "jpg").OrderBy(v => v.Width).ToList();
        var pick = jpegs.FirstOrDefault(v => v.Width >= width) ?? jpegs.LastOrDefault();
        return pick is null ? "" : "/media/" + pick.Key;
    }
}
