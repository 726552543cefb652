using System.Globalization;
using System.Text;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Web.Paths;

/// <summary>The staff area (<c>/staf</c>): the regency dashboard, moderation, groups, inquiries and exhibition curation.</summary>
public static class StaffPaths
{
    /// <summary>The area's root: App.razor makes every page under it interactive; robots.txt keeps crawlers out.</summary>
    public const string Home = "/staf";

    public const string Moderation = Home + "/moderasi";

    /// <summary>Permits waiting for verification (issue 16): <c>/staf/izin?wilayah=&amp;jenis=&amp;halaman=</c>.</summary>
    public const string Permits = Home + "/izin";
    public const string Groups = Home + "/kelompok";
    public const string Inquiries = Home + "/pertanyaan";
    public const string Exhibitions = Home + "/pameran";
    public const string NewExhibition = Exhibitions + "/baru";

    /// <summary>The partner organisations (a page) and one partner's officers and invitations.</summary>
    public const string Partners = Home + "/mitra";

    /// <summary>What the partner programmes produced, per partner, programme and regency (a page) and its downloads (endpoints).</summary>
    public const string ProgrammeReport = Home + "/program/laporan";
    public const string ProgrammeReportCsv = ProgrammeReport + ".csv";
    public const string ProgrammeReportXlsx = ProgrammeReport + ".xlsx";

    /// <summary>The regency dashboard's downloads (the figures on <see cref="Home"/>): every regency, and in the workbook the needing-help lists too.</summary>
    public const string DashboardCsv = Home + "/dasbor.csv";
    public const string DashboardXlsx = Home + "/dasbor.xlsx";

    /// <summary>Route templates of the statistics downloads (endpoints, not pages: C# may use the constants).</summary>
    public const string StatsCsvTemplate = Exhibitions + "/{id:int}/statistik.csv";
    public const string StatsXlsxTemplate = Exhibitions + "/{id:int}/statistik.xlsx";

    /// <summary>Importing the registry from a spreadsheet (a page).</summary>
    public const string GroupImport = Groups + "/impor";

    /// <summary>The registry downloads (endpoints): the empty template and the export of every group, each as CSV and XLSX.</summary>
    public const string RegistryTemplateCsv = Groups + "/templat-registri.csv";
    public const string RegistryTemplateXlsx = Groups + "/templat-registri.xlsx";
    public const string RegistryExportCsv = Groups + "/registri.csv";
    public const string RegistryExportXlsx = Groups + "/registri.xlsx";

    /// <summary>The demo's generated registry of 574 groups (<c>wwwroot-assets/demo/</c>): demo mode only, staff only.</summary>
    public const string DemoRegistryCsv = Groups + "/contoh-registri-jambi.csv";

    public static string Review(int productId) => Moderation + "/" + SitePath.Id(productId);

    public static string Group(int id) => Groups + "/" + SitePath.Id(id);

    /// <summary>A group's development record, with the withdrawal of consent.</summary>
    public static string GroupRecord(int id) => Group(id) + "/rekam-jejak";

    public static string Partner(int id) => Partners + "/" + SitePath.Id(id);

    /// <summary>
    /// The registry list as <paramref name="query"/> asks for it
    /// (<c>/staf/kelompok?q=&amp;wilayah=&amp;bidang=&amp;tahap=&amp;online=&amp;tayang=&amp;aktif=&amp;urut=&amp;arah=&amp;halaman=</c>), so a link or a
    /// reload shows the same view. Values are written in <see cref="RegistryWords"/>; defaults (name order, page 1) are left out.
    /// </summary>
    public static string GroupsSearch(RegistryQuery query)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add(name + "=" + SitePath.Escape(value));
        }

        Add("q", query.Text);
        Add("wilayah", query.Regency);
        Add("bidang", RegistryNames.FindSector(query.Sector) is { } sector ? RegistryWords.Word(sector) : query.Sector);
        Add("tahap", RegistryNames.FindStage(query.Stage) is { } stage ? RegistryWords.Word(stage) : query.Stage);
        if (query.Online is { } online) Add("online", RegistryWords.Word(online));
        if (query.HasPublishedProducts is { } published) Add("tayang", RegistryWords.Word(published));
        if (query.Active is { } active) Add("aktif", RegistryWords.Word(active));
        if (query.Sort != RegistrySort.Name) Add("urut", RegistryWords.Word(query.Sort));
        if (query.Descending) Add("arah", RegistryWords.DescendingWord);
        if (query.Page > 1) Add("halaman", query.Page.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? Groups : new StringBuilder(Groups).Append('?').AppendJoin('&', parts).ToString();
    }

    public static string Exhibition(int id) => Exhibitions + "/" + SitePath.Id(id);

    public static string ExhibitionStats(int id) => Exhibition(id) + "/statistik";

    /// <summary>One statistics table as CSV (<c>?tabel=stan</c>, <c>produk</c>, …).</summary>
    public static string StatsCsv(int exhibitionId, string table) => ExhibitionStats(exhibitionId) + ".csv?tabel=" + SitePath.Escape(table);

    public static string StatsXlsx(int exhibitionId) => ExhibitionStats(exhibitionId) + ".xlsx";
}
