using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Endpoints.Api;

// What the API reads and writes (camelCase on the wire). Enum values travel as the names in ApiJson.

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record RejectRequest(string? Reason);

internal sealed record LinkJson(string? Name, string? Url);

/// <summary>The product editor's fields; <see cref="Version"/> only for PUT.</summary>
internal sealed record ProductRequest(
    string? Name,
    string? CategorySlug,
    string? Description,
    long? Price,
    string? Unit,
    int? MinimumOrder,
    string? Availability,
    int? PreOrderDays,
    string? NetContent,
    string? Packaging,
    string? ShelfLife,
    string? PirtNumber,
    string? HalalNumber,
    string? BpomNumber,
    List<LinkJson>? MarketplaceLinks,
    Guid? Version)
{
    public ProductInput ToInput() => new()
    {
        Name = Name,
        CategorySlug = CategorySlug,
        Description = Description,
        Price = Price,
        Unit = Unit,
        MinimumOrder = MinimumOrder,
        Availability = ApiJson.ParseAvailability(Availability),
        PreOrderDays = PreOrderDays,
        NetContent = NetContent,
        Packaging = Packaging,
        ShelfLife = ShelfLife,
        PirtNumber = PirtNumber,
        HalalNumber = HalalNumber,
        BpomNumber = BpomNumber,
        MarketplaceLinks = (MarketplaceLinks ?? []).Select(l => new MarketplaceLink(l?.Name ?? "", l?.Url ?? "")).ToList(),
    };

    public Guid RequireVersion() => Version ?? throw new ValidationException("version",
        "Sertakan version dari jawaban GET atau simpan terakhir, agar perubahan orang lain tidak tertimpa.");
}

internal sealed record CategoryJson(string Slug, string Name);

internal sealed record VariantJson(int Width, int Height, string Format, string Url)
{
    public static IReadOnlyList<VariantJson> From(IEnumerable<PhotoVariant> variants) =>
        variants.OrderBy(v => v.Width).ThenBy(v => v.Format).Select(v => new VariantJson(v.Width, v.Height, v.Format, "/media/" + v.Key)).ToList();
}

internal sealed record PhotoJson(int Id, int SortOrder, string AltText, int Width, int Height, string PlaceholderColor, IReadOnlyList<VariantJson> Variants)
{
    public static PhotoJson From(UploadedPhoto p) => new(p.Id, p.SortOrder, p.AltText, p.Width, p.Height, p.PlaceholderColor, VariantJson.From(p.Variants));

    public static PhotoJson From(EditablePhoto p) =>
        new(p.Id, p.SortOrder, p.AltText, p.View.Width, p.View.Height, p.View.PlaceholderColor, VariantJson.From(p.View.Variants));
}

/// <summary>A list's cover photo (no id: it is managed through the product).</summary>
internal sealed record CoverJson(string AltText, int Width, int Height, string PlaceholderColor, IReadOnlyList<VariantJson> Variants)
{
    public static CoverJson? From(PhotoView? v) => v is null ? null : new(v.Alt, v.Width, v.Height, v.PlaceholderColor, VariantJson.From(v.Variants));
}

internal sealed record ProductJson(
    int Id,
    string Slug,
    string Status,
    Guid Version,
    string? RejectionReason,
    DateTimeOffset UpdatedAt,
    string? Name,
    string? CategorySlug,
    string? Description,
    long? Price,
    string? Unit,
    int? MinimumOrder,
    string Availability,
    int? PreOrderDays,
    string? NetContent,
    string? Packaging,
    string? ShelfLife,
    string? PirtNumber,
    string? HalalNumber,
    string? BpomNumber,
    IReadOnlyList<LinkJson> MarketplaceLinks,
    IReadOnlyList<PhotoJson> Photos,
    IReadOnlyList<MemberPermitJson> Permits)
{
    /// <summary>The product with its permits as the group sees them (issue 16).</summary>
    public static async Task<ProductJson> FromAsync(ProductEditView v, HttpContext http, CancellationToken ct)
    {
        var permits = await http.RequestServices.GetRequiredService<Core.Catalog.Permits.PermitService>().ForProductAsync(http.Caller(), v.Id, ct);
        return From(v, MemberPermitJson.From(permits));
    }

    public static ProductJson From(ProductEditView v, IReadOnlyList<MemberPermitJson> permits)
    {
        var i = v.Input;
        return new(v.Id, v.Slug, ApiJson.Name(v.Status), v.Version, v.RejectionReason, v.UpdatedAt,
            i.Name, i.CategorySlug, i.Description, i.Price, i.Unit, i.MinimumOrder, ApiJson.Name(i.Availability), i.PreOrderDays,
            i.NetContent, i.Packaging, i.ShelfLife, i.PirtNumber, i.HalalNumber, i.BpomNumber,
            i.MarketplaceLinks.Select(l => new LinkJson(l.Name, l.Url)).ToList(),
            v.Photos.Select(PhotoJson.From).ToList(), permits);
    }
}

internal sealed record OwnProductJson(
    int Id, string Slug, string Name, string Status, long Price, string Unit, string? RejectionReason, int PhotoCount, CoverJson? Cover, DateTimeOffset UpdatedAt)
{
    public static OwnProductJson From(OwnProductRow r) =>
        new(r.Id, r.Slug, r.Name, ApiJson.Name(r.Status), r.Price, r.Unit, r.RejectionReason, r.PhotoCount, CoverJson.From(r.Cover), r.UpdatedAt);
}

internal sealed record ReviewRowJson(
    int Id, string Name, string GroupName, string RegencyName, long Price, string Unit, string Status, CoverJson? Cover, DateTimeOffset UpdatedAt)
{
    public static ReviewRowJson From(ModerationRow r) =>
        new(r.Id, r.Name, r.GroupName, r.RegencyName, r.Price, r.Unit, ApiJson.Name(r.Status), CoverJson.From(r.Cover), r.UpdatedAt);
}

internal sealed record DecisionJson(int Id, string Status, string? RejectionReason);
