namespace UppkaCatalog.Web.Paths;

/// <summary>The buyers' exhibition pages: the list and each exhibition's hall (booths: <see cref="BoothPaths"/>).</summary>
public static class ExhibitionPaths
{
    public const string List = "/pameran";

    public static string Hall(string slug) => List + "/" + SitePath.Escape(slug);

    /// <summary>The exhibition's catalogue PDF (booths by hall).</summary>
    public static string Catalogue(string slug) => Hall(slug) + "/katalog.pdf";

    /// <summary>The hall as staff preview it before the exhibition is published.</summary>
    public static string Hall(string slug, bool preview) => SitePath.WithPreview(Hall(slug), preview);
}
