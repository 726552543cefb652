namespace UppkaCatalog.Web.Components.Pages.Exhibitions;

/// <summary>The addresses of a booth and of the pages hanging off it (as every helper links to them).</summary>
public static class BoothPaths
{
    public static string Booth(string exhibitionSlug, string groupSlug) =>
        $"/pameran/{Uri.EscapeDataString(exhibitionSlug)}/stan/{Uri.EscapeDataString(groupSlug)}";

    /// <summary>Where the booth's inquiry form posts (and, as a GET, the form on a page of its own).</summary>
    public static string Inquiry(string exhibitionSlug, string groupSlug) => Booth(exhibitionSlug, groupSlug) + "/tanya";

    public static string Poster(string exhibitionSlug, string groupSlug) => Booth(exhibitionSlug, groupSlug) + "/poster";
}
