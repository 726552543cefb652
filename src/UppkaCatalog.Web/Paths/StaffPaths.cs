namespace UppkaCatalog.Web.Paths;

/// <summary>The staff area (<c>/staf</c>): moderation, groups, inquiries and exhibition curation.</summary>
public static class StaffPaths
{
    /// <summary>The area's root: App.razor makes every page under it interactive; robots.txt keeps crawlers out.</summary>
    public const string Home = "/staf";

    public const string Moderation = Home + "/moderasi";
    public const string Groups = Home + "/kelompok";
    public const string Inquiries = Home + "/pertanyaan";
    public const string Exhibitions = Home + "/pameran";
    public const string NewExhibition = Exhibitions + "/baru";

    /// <summary>Route templates of the statistics downloads (endpoints, not pages: C# may use the constants).</summary>
    public const string StatsCsvTemplate = Exhibitions + "/{id:int}/statistik.csv";
    public const string StatsXlsxTemplate = Exhibitions + "/{id:int}/statistik.xlsx";

    public static string Review(int productId) => Moderation + "/" + SitePath.Id(productId);

    public static string Group(int id) => Groups + "/" + SitePath.Id(id);

    public static string Exhibition(int id) => Exhibitions + "/" + SitePath.Id(id);

    public static string ExhibitionStats(int id) => Exhibition(id) + "/statistik";

    /// <summary>One statistics table as CSV (<c>?tabel=stan</c>, <c>produk</c>, …).</summary>
    public static string StatsCsv(int exhibitionId, string table) => ExhibitionStats(exhibitionId) + ".csv?tabel=" + SitePath.Escape(table);

    public static string StatsXlsx(int exhibitionId) => ExhibitionStats(exhibitionId) + ".xlsx";
}
