using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Catalog;

public enum ProductStatus
{
    Draft = 0,
    PendingReview = 1,
    Published = 2,
    Rejected = 3,
    Archived = 4,
}

public enum Availability
{
    Ready = 0,
    PreOrder = 1,
    OutOfStock = 2,
}

public sealed class Product
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    /// <summary>Null only while a draft has no category yet; submitting requires one.</summary>
    public int? CategoryId { get; set; }

    public Category? Category { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Price in whole rupiah: the rupiah has no minor unit in everyday trade.</summary>
    public long Price { get; set; }

    /// <summary>Selling unit (bungkus, botol, pcs…).</summary>
    public string Unit { get; set; } = "pcs";

    public int MinimumOrder { get; set; } = 1;

    public Availability Availability { get; set; }

    /// <summary>Days a pre-order takes; only meaningful when <see cref="Availability"/> is PreOrder.</summary>
    public int? PreOrderDays { get; set; }

    public string? NetContent { get; set; }

    public string? Packaging { get; set; }

    public string? ShelfLife { get; set; }

    /// <summary>Home-industry food permit (Pangan Industri Rumah Tangga).</summary>
    public string? PirtNumber { get; set; }

    public string? HalalNumber { get; set; }

    public string? BpomNumber { get; set; }

    public List<MarketplaceLink> MarketplaceLinks { get; set; } = [];

    /// <summary>
    /// The label checklist items the member ticked as printed on the label (ids from <see cref="Labels.LabelChecklist.TickIds"/>);
    /// the other items are known from the fields. Kept when the category changes, so switching back loses nothing.
    /// </summary>
    public List<string> LabelTicks { get; set; } = [];

    public ProductStatus Status { get; set; }

    /// <summary>Why staff rejected the listing; shown to the member beside the product.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>
    /// How many times staff rejected the listing, counted by <see cref="ModerationService.RejectAsync"/> in the same save as
    /// its audit entry (the audit log keeps each decision and reason). The regency dashboard lists products rejected twice.
    /// </summary>
    public int RejectionCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Optimistic concurrency: a second editor's stale save is refused, never silently applied.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ProductPhoto> Photos { get; set; } = [];
}

/// <summary>A link to the same product in a marketplace (Shopee, Tokopedia…); stored as JSON.</summary>
public sealed record MarketplaceLink(string Name, string Url);
