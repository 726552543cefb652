namespace UppkaCatalog.Web.Paths;

/// <summary>The addresses of a booth and of the pages hanging off it (as every helper links to them).</summary>
public static class BoothPaths
{
    public static string Booth(string exhibitionSlug, string groupSlug) =>
        ExhibitionPaths.Hall(exhibitionSlug) + "/stan/" + SitePath.Escape(groupSlug);

    /// <summary>The booth as staff preview it before the exhibition is published.</summary>
    public static string Booth(string exhibitionSlug, string groupSlug, bool preview) =>
        SitePath.WithPreview(Booth(exhibitionSlug, groupSlug), preview);

    /// <summary>Where the booth's inquiry form posts (and, as a GET, the form on a page of its own).</summary>
    public static string Inquiry(string exhibitionSlug, string groupSlug) => Booth(exhibitionSlug, groupSlug) + "/tanya";

    public static string Poster(string exhibitionSlug, string groupSlug) => Booth(exhibitionSlug, groupSlug) + "/poster";

    /// <summary>The redirect to the group's WhatsApp that counts the contact (<see cref="Endpoints.BoothWhatsAppEndpoint"/>).</summary>
    public static string WhatsApp(string exhibitionSlug, string groupSlug) => Booth(exhibitionSlug, groupSlug) + "/whatsapp";
}
