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

    /// <summary>The sector BKKBN files the group under (registry, filters, dashboard).</summary>
    public BusinessSector Sector { get; set; } = BusinessSector.Other;

    /// <summary>What the group makes, in its own words (e.g. "Olahan nanas"); shown to buyers. Empty: the sector's name is shown.</summary>
    public string Specialty { get; set; } = "";

    public int? FoundingYear { get; set; }

    /// <summary>BKKBN's classification; null until staff set it.</summary>
    public GroupStage? Stage { get; set; }

    /// <summary>The group leader's name: personal data, staff only.</summary>
    public string? LeaderName { get; set; }

    /// <summary>The group leader's phone in E.164: personal data, staff only (invitations go to it by WhatsApp).</summary>
    public string? LeaderPhone { get; set; }

    public int MemberCount { get; set; }

    public string Story { get; set; } = "";

    /// <summary>The group's public WhatsApp number in E.164 (<c>+628…</c>); shown to buyers.</summary>
    public string? PublicWhatsApp { get; set; }

    /// <summary>Media key of the logo, if any.</summary>
    public string? LogoKey { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When staff last changed the registry record (registration, import, edit); null if never since created.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }
}
