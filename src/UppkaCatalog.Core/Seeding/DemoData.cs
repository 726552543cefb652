using System.Text.Json;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Core.Seeding;

/// <summary>The shape of <c>demo-data.json</c> (embedded in this assembly).</summary>
public sealed record DemoData(
    List<DemoCategory> Categories,
    List<DemoGroup> Groups,
    List<DemoProduct> Products,
    List<DemoExhibition> Exhibitions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static DemoData Load()
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream("UppkaCatalog.Core.Seeding.demo-data.json")
            ?? throw new InvalidOperationException("demo-data.json is not embedded in UppkaCatalog.Core.");
        return JsonSerializer.Deserialize<DemoData>(stream, Json) ?? throw new InvalidOperationException("demo-data.json is empty.");
    }
}

public sealed record DemoCategory(string Slug, string Name, string NameEn, string? Icon);

public sealed record DemoGroup(
    string Slug, string Name, string RegistrationNumber, string RegencyCode, string District, string Village,
    BusinessSector Sector, string Specialty, int? FoundingYear, int MemberCount, GroupStage? Stage, string? LeaderName,
    string? LeaderPhone, string Story, string? WhatsApp);

public sealed record DemoPhoto(string File, string Alt);

public sealed record DemoProduct(
    string Slug, string GroupSlug, string CategorySlug, string Name, string Description, long Price, string Unit,
    int MinimumOrder, Availability Availability, int? PreOrderDays, string? NetContent, string? Packaging, string? ShelfLife,
    string? PirtNumber, string? HalalNumber, string? BpomNumber, List<MarketplaceLink>? MarketplaceLinks,
    List<DemoPhoto> Photos, int CreatedDaysAgo);

public sealed record DemoBoothProduct(string ProductSlug, long? ExhibitionPrice);

public sealed record DemoBooth(string GroupSlug, string Number, string Tagline, List<DemoBoothProduct> Products);

public sealed record DemoHall(string Name, string Slug, string? Description, List<DemoBooth> Booths);

public sealed record DemoExhibition(
    string Slug, string Title, string Theme, string? Description, int StartsInDays, int DurationDays,
    int? RegistrationOpensInDays, int? RegistrationClosesInDays, List<DemoHall> Halls);
