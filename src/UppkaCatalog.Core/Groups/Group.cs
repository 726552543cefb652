using UppkaCatalog.Core.Regions;

namespace UppkaCatalog.Core.Groups;

/// <summary>An UPPKA group: a family micro-business group guided by BKKBN.</summary>
public sealed class Group
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>BKKBN registration number of the group.</summary>
    public required string RegistrationNumber { get; set; }

    public int RegencyId { get; set; }

    public Regency? Regency { get; set; }

    public required string District { get; set; }

    public required string Village { get; set; }

    /// <summary>Business sector in the group's own words (e.g. "Makanan olahan").</summary>
    public required string Sector { get; set; }

    public DateOnly? Founded { get; set; }

    public int MemberCount { get; set; }

    public string Story { get; set; } = "";

    /// <summary>The group's public WhatsApp number in E.164 (<c>+628…</c>); shown to buyers.</summary>
    public string? PublicWhatsApp { get; set; }

    /// <summary>Media key of the logo, if any.</summary>
    public string? LogoKey { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
