using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Components.Pages.Manage;

namespace UppkaCatalog.Web.Paths;

/// <summary>The member area (<c>/kelola</c>): a group's products, profile, inquiries and booths.</summary>
public static class ManagePaths
{
    /// <summary>The area's root: App.razor makes every page under it interactive; robots.txt keeps crawlers out.</summary>
    public const string Home = "/kelola";

    public const string Products = Home + "/produk";
    public const string NewProduct = Products + "/baru";
    public const string Profile = Home + "/profil";
    public const string Inquiries = Home + "/pertanyaan";
    public const string Exhibitions = Home + "/pameran";
    public const string Programmes = Home + "/program";

    /// <summary>The group's development record: programmes taken part in, what it received, catalogue activity.</summary>
    public const string Record = Home + "/rekam-jejak";

    public static string Product(int id) => Products + "/" + SitePath.Id(id);

    /// <summary>The product's label checklist, to print.</summary>
    public static string ProductLabel(int id) => Product(id) + "/label";

    /// <summary>The product list filtered to one status (<c>?status=ditolak</c>).</summary>
    public static string ProductsWith(ProductStatus status) => Products + "?status=" + SitePath.Escape(ProductStatuses.Slug(status));

    /// <summary>The inquiry list filtered by its status word (<c>?status=baru</c>).</summary>
    public static string InquiriesWith(string statusSlug) => Inquiries + "?status=" + SitePath.Escape(statusSlug);

    /// <summary>The group's booth editor in one exhibition.</summary>
    public static string Booth(int exhibitionId) => Exhibitions + "/" + SitePath.Id(exhibitionId);

    public static string BoothStats(int exhibitionId) => Booth(exhibitionId) + "/statistik";

    /// <summary>The group's application form for one partner programme.</summary>
    public static string ProgrammeApply(string slug) => Programmes + "/" + SitePath.Escape(slug) + "/daftar";

    /// <summary>A programme's public page (<c>/program/{slug}</c>, outside the member area).</summary>
    public static string PublicProgramme(string slug) => "/program/" + SitePath.Escape(slug);

    /// <summary>Route templates of the upload endpoints (endpoints, not pages: C# may use the constants).</summary>
    public const string PhotoUploadTemplate = Home + "/unggah/produk/{id:int}/foto";
    public const string BannerUploadTemplate = Home + "/unggah/pameran/{exhibitionId:int}/spanduk";

    /// <summary>Where the photo uploader posts one photo of a product.</summary>
    public static string PhotoUpload(int productId) => Home + "/unggah/produk/" + SitePath.Id(productId) + "/foto";

    /// <summary>Where the banner uploader posts, with the booth version the editor shows (a stale one gets 409).</summary>
    public static string BannerUpload(int exhibitionId, Guid version) =>
        Home + "/unggah/pameran/" + SitePath.Id(exhibitionId) + "/spanduk?versi=" + version.ToString("D");
}
