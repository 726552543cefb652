using System.Globalization;

namespace UppkaCatalog.Web.Paths;

/// <summary>
/// The one place a value becomes part of a site address. Slugs and tokens come from the database or from the request,
/// so a <c>/</c>, <c>?</c> or <c>#</c> in one must never reach another route or the query: every path helper in this
/// folder escapes through here, and nothing else in the project builds a path from a slug by hand.
/// </summary>
public static class SitePath
{
    /// <summary>A slug, token or query value as one path segment or query value (RFC 3986 unreserved characters kept).</summary>
    public static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>A numeric id in an address, in invariant digits whatever the page's culture.</summary>
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The flag that shows staff a draft exhibition's pages (<c>?pratinjau=1</c>), appended when asked for.</summary>
    public static string WithPreview(string path, bool preview) => preview ? path + "?pratinjau=1" : path;
}
