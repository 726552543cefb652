namespace UppkaCatalog.Web.Paths;

/// <summary>The partner officers' area (<c>/mitra</c>): a partner's programmes and their applications (staff see every partner's).</summary>
public static class PartnerPaths
{
    /// <summary>The area's root: App.razor makes every page under it interactive; robots.txt keeps crawlers out.</summary>
    public const string Home = "/mitra";

    public const string NewProgramme = Home + "/program/baru";

    public static string Programme(int id) => Home + "/program/" + SitePath.Id(id);

    /// <summary>One application: what the group asked for, the decision, and the deliveries recorded for it.</summary>
    public static string Application(int id) => Home + "/lamaran/" + SitePath.Id(id);

    /// <summary>A group's development record as the partner sees it: only its own programmes, of groups that applied to them.</summary>
    public static string GroupRecord(int groupId) => Home + "/kelompok/" + SitePath.Id(groupId);
}
