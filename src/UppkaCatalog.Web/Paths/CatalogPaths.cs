using System.Globalization;
using System.Text;
using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Web.Paths;

/// <summary>
/// Links within the catalogue (<c>/katalog?q=&amp;kategori=&amp;wilayah=&amp;harga_min=&amp;harga_max=&amp;sertifikat=&amp;tersedia=&amp;urut=&amp;halaman=</c>):
/// what the search form sends, written back from the query as the service applied it, so a link never
/// carries a value the service ignored.
/// </summary>
public static class CatalogPaths
{
    public const string Catalog = "/katalog";

    /// <param name="query">The applied query (<see cref="CatalogSearchResult.Applied"/>).</param>
    /// <param name="page">Page number to link to; null leaves it out (page 1).</param>
    public static string For(CatalogQuery query, int? page)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add(name + "=" + SitePath.Escape(value));
        }

        Add("q", query.Text);
        Add("kategori", query.Category);
        Add("wilayah", query.Regency);
        Add("harga_min", query.MinPrice?.ToString(CultureInfo.InvariantCulture));
        Add("harga_max", query.MaxPrice?.ToString(CultureInfo.InvariantCulture));
        foreach (var c in CatalogWords.AllCertifications.Where(c => query.Certifications.HasFlag(c))) Add("sertifikat", CatalogWords.Word(c));
        if (query.Availability is { } a) Add("tersedia", CatalogWords.Word(a));
        if (query.VerifiedOnly) Add(CatalogWords.VerifiedParameter, "1");
        if (query.Sort is { } sort && sort != DefaultSort(query)) Add("urut", CatalogWords.Word(sort));
        if (page is { } p) Add("halaman", p.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? Catalog : new StringBuilder(Catalog).Append('?').AppendJoin('&', parts).ToString();
    }

    /// <summary>The catalogue filtered to one category (the home page's category chips).</summary>
    public static string Category(string slug) => For(new CatalogQuery { Category = slug }, null);

    /// <summary>The words kept, every filter dropped: where "clear filters" leads.</summary>
    public static string WithoutFilters(CatalogQuery query) => For(new CatalogQuery { Text = query.Text }, null);

    /// <summary>What the service sorts by when no sort is asked for.</summary>
    public static CatalogSort DefaultSort(CatalogQuery query) =>
        string.IsNullOrWhiteSpace(query.Text) ? CatalogSort.Newest : CatalogSort.Relevance;
}
