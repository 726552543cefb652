using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Components.Shared;

namespace UppkaCatalog.Web.Components.Pages.Manage;

/// <summary>Product statuses as the member area names them: a short Indonesian word in the address (<c>?status=ditolak</c>), a resource key and a badge tone.</summary>
public static class ProductStatuses
{
    /// <summary>In the order the member meets them.</summary>
    public static readonly ProductStatus[] All =
        [ProductStatus.Draft, ProductStatus.PendingReview, ProductStatus.Published, ProductStatus.Rejected, ProductStatus.Archived];

    public static string Slug(ProductStatus status) => status switch
    {
        ProductStatus.Draft => "draf",
        ProductStatus.PendingReview => "menunggu",
        ProductStatus.Published => "tayang",
        ProductStatus.Rejected => "ditolak",
        _ => "arsip",
    };

    public static ProductStatus? FromSlug(string? slug) => All.Cast<ProductStatus?>().FirstOrDefault(s => Slug(s!.Value) == slug);

    /// <summary>The key of the status's name in <c>ManageResource</c>.</summary>
    public static string ResourceKey(ProductStatus status) => "Status" + status;

    /// <summary>The colour of the status's <see cref="StatusBadge"/>.</summary>
    public static StatusTone Tone(ProductStatus status) => status switch
    {
        ProductStatus.PendingReview => StatusTone.Warning,
        ProductStatus.Published => StatusTone.Success,
        ProductStatus.Rejected => StatusTone.Danger,
        _ => StatusTone.Neutral,
    };
}
