namespace UppkaCatalog.Core.Catalog;

/// <summary>
/// The product editor's fields, as the member (or the API, in camelCase) sends them.
/// Everything is optional for a draft; <see cref="ProductRules"/> says what submitting needs.
/// </summary>
public sealed class ProductInput
{
    public string? Name { get; set; }

    public string? CategorySlug { get; set; }

    public string? Description { get; set; }

    /// <summary>Whole rupiah.</summary>
    public long? Price { get; set; }

    public string? Unit { get; set; }

    public int? MinimumOrder { get; set; }

    public Availability Availability { get; set; }

    public int? PreOrderDays { get; set; }

    public string? NetContent { get; set; }

    public string? Packaging { get; set; }

    public string? ShelfLife { get; set; }

    public string? PirtNumber { get; set; }

    public string? HalalNumber { get; set; }

    public string? BpomNumber { get; set; }

    public List<MarketplaceLink> MarketplaceLinks { get; set; } = [];

    /// <summary>
    /// Label checklist ticks (<see cref="Labels.LabelChecklist.TickIds"/>). Null leaves the stored ticks as they are, so a
    /// client that does not know the checklist (the API's product body) never wipes them; an empty list clears them.
    /// </summary>
    public List<string>? LabelTicks { get; set; }
}

/// <summary>A product as the member's editor loads it.</summary>
public sealed record ProductEditView(
    int Id,
    string Slug,
    Guid Version,
    ProductStatus Status,
    string? RejectionReason,
    ProductInput Input,
    IReadOnlyList<EditablePhoto> Photos,
    DateTimeOffset UpdatedAt);

public sealed record EditablePhoto(int Id, int SortOrder, string AltText, Media.PhotoView View);

/// <summary>A row in the member's product list.</summary>
public sealed record OwnProductRow(
    int Id,
    string Slug,
    string Name,
    ProductStatus Status,
    long Price,
    string Unit,
    string? RejectionReason,
    int PhotoCount,
    Media.PhotoView? Cover,
    DateTimeOffset UpdatedAt);
