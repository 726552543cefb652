namespace UppkaCatalog.Core.Common;

/// <summary>
/// What a caller without the right is told, per kind of operation, for the <c>Require…</c> checks on
/// <see cref="Actor"/>. Kept together so that one check has one wording wherever it is made.
/// </summary>
public static class Refusals
{
    /// <summary>Staff operations on groups, products, inquiries and invitations.</summary>
    public const string StaffOnly = "Hanya staf BKKBN yang dapat melakukan ini.";

    public const string StaffCuratesExhibitions = "Hanya staf BKKBN yang dapat mengelola pameran.";

    public const string StaffSeesExhibitionStats = "Statistik pameran hanya untuk staf BKKBN.";

    /// <summary>A group's own products, photos, profile and inquiries (the text predates the last three).</summary>
    public const string ProductMembersOnly = "Hanya anggota kelompok yang dapat mengelola produk.";

    public const string BoothMembersOnly = "Hanya pengurus kelompok yang dapat mengajukan dan mengelola stan pameran.";
}
