using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Web.Paths;

/// <summary>
/// Certificate photos (issue 16). Private: served only by <c>Endpoints/PermitCertificateEndpoint</c> to the product's group
/// and staff (404 for anyone else), never under <c>/media</c>. The URL names product and kind, not the storage key.
/// </summary>
public static class PermitPaths
{
    public const string CertificateTemplate = "/izin/{productId:int}/{kind}/foto";

    /// <summary><c>POST</c> multipart field <c>file</c> (as the product photo upload): a member adds or replaces the photo.</summary>
    public const string CertificateUploadTemplate = ManagePaths.Home + "/unggah/produk/{productId:int}/izin/{kind}/foto";

    public static string Certificate(int productId, PermitKind kind) =>
        $"/izin/{SitePath.Id(productId)}/{PermitRules.Word(kind)}/foto";

    public static string CertificateUpload(int productId, PermitKind kind) =>
        $"{ManagePaths.Home}/unggah/produk/{SitePath.Id(productId)}/izin/{PermitRules.Word(kind)}/foto";
}
