namespace UppkaCatalog.Core.Partners;

/// <summary>What kind of organisation a partner is.</summary>
public enum PartnerKind
{
    TrainingCentre,
    GovernmentOffice,
    ZakatAgency,
    BankOrCooperative,
    Other,
}

/// <summary>
/// An organisation BKKBN works with to give groups skills, equipment and capital (BLKP, Disnakertrans, Baznas…). Its officers
/// are accounts in role <see cref="Accounts.Roles.Partner"/> scoped to it (<see cref="Accounts.AppUser.PartnerId"/>).
/// Never deleted: programmes and applications refer to it.
/// </summary>
public sealed class Partner
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public PartnerKind Kind { get; set; }

    /// <summary>BPS codes of the regencies/cities it serves; empty = the whole province.</summary>
    public List<string> RegencyCodes { get; set; } = [];

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
