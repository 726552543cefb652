using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Core.Groups;

/// <summary>The registry list's orders. Ties go to the name, then the id, so pages never overlap.</summary>
public enum RegistrySort
{
    Name,
    Regency,
    RegistrationNumber,
    PublishedProducts,

    /// <summary>When the group's first invitation was accepted; groups not online come last.</summary>
    OnlineSince,
}

/// <summary>
/// A search of the registry. Every filter is optional. <see cref="Regency"/>, <see cref="Sector"/> and <see cref="Stage"/> are
/// read loosely (a BPS code or a regency's name; a sector's or stage's name in either language); a value the registry does not
/// know is left out of the search and named in <see cref="RegistryPage.Unknown"/>.
/// </summary>
public sealed record RegistryQuery
{
    public const int PageSize = 25;

    /// <summary>Part of the name or of the registration number, case-insensitively.</summary>
    public string? Text { get; init; }

    public string? Regency { get; init; }

    public string? Sector { get; init; }

    public string? Stage { get; init; }

    /// <summary>True: only groups with an accepted invitation; false: only those without.</summary>
    public bool? Online { get; init; }

    /// <summary>True: only groups with at least one published product; false: only those with none.</summary>
    public bool? HasPublishedProducts { get; init; }

    /// <summary>True: active groups only; false: deactivated ones only; null: both.</summary>
    public bool? Active { get; init; }

    public RegistrySort Sort { get; init; } = RegistrySort.Name;

    public bool Descending { get; init; }

    /// <summary>1-based; clamped to the pages there are.</summary>
    public int Page { get; init; } = 1;
}

/// <summary>
/// One group in the registry list: no leader data (that is on the group page only). <see cref="Online"/> as
/// <see cref="OnlineGroups"/> means it: a member account, from an accepted invitation or made before invitations were recorded.
/// </summary>
public sealed record RegistryRow(int Id, string Name, string RegistrationNumber, string RegencyCode, string RegencyName, string District, string Village,
    BusinessSector Sector, GroupStage? Stage, bool IsActive, int PublishedProducts, InvitationStatus Invitation, bool HasMemberAccount = false)
{
    public bool Online => HasMemberAccount || Invitation.State == InvitationState.Accepted;
}

/// <summary>
/// A page of the registry. <see cref="Applied"/> is the search as it was run: page clamped, loose names replaced by the registry's
/// own (regency by its BPS code, sector and stage by their enum names), unknown values removed — they are in <see cref="Unknown"/>
/// (field → message: <c>regency</c>, <c>sector</c>, <c>stage</c>).
/// </summary>
public sealed record RegistryPage(Paged<RegistryRow> Rows, RegistryQuery Applied, IReadOnlyDictionary<string, string> Unknown);

public sealed record GroupMember(string DisplayName, string? Phone, string? Email, DateTimeOffset CreatedAt);

public sealed record GroupProductLine(int Id, string Name, ProductStatus Status, long Price, string Unit, DateTimeOffset UpdatedAt);

public sealed record GroupBoothLine(int BoothId, int ExhibitionId, string ExhibitionTitle, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? HallName, string? Number, BoothStatus Status);

/// <summary>
/// A staff decision about the group, one of its products or booths. <see cref="SubjectName"/>: what it was about as staff
/// name it — the product's name, or the booth's exhibition and number; null for the group itself. <see cref="ActorName"/>:
/// null for the system or an unknown account.
/// </summary>
public sealed record AuditLine(DateTimeOffset At, string Action, string Subject, string? SubjectName, string? Details, string? ActorName);

/// <summary>
/// Everything the staff group page shows: the registry record with the leader (staff only), invitation status, members, products
/// by status, inquiries, booths and the audit trail of staff decisions, newest first.
/// </summary>
public sealed record GroupRecord(
    GroupView Profile,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    InvitationStatus Invitation,
    IReadOnlyList<GroupMember> Members,
    IReadOnlyDictionary<ProductStatus, int> ProductCounts,
    IReadOnlyList<GroupProductLine> Products,
    int Inquiries,
    IReadOnlyList<GroupBoothLine> Booths,
    IReadOnlyList<AuditLine> Audit)
{
    /// <summary>The group page lists at most this many products (newest change first) and audit entries.</summary>
    public const int MaxLines = 100;

    public int ProductCount(ProductStatus status) => ProductCounts.GetValueOrDefault(status);
}

/// <summary>
/// The registry list's URL vocabulary (<c>/staf/kelompok?bidang=makanan-olahan&amp;tahap=dasar&amp;online=tidak&amp;urut=produk&amp;arah=turun</c>)
/// and the API's yes/no values: one mapping to read a request and to write links.
/// </summary>
public static class RegistryWords
{
    private static readonly (RegistrySort Sort, string Word)[] Sorts =
    [
        (RegistrySort.Name, "nama"), (RegistrySort.Regency, "wilayah"), (RegistrySort.RegistrationNumber, "nomor"),
        (RegistrySort.PublishedProducts, "produk"), (RegistrySort.OnlineSince, "online"),
    ];

    public const string Yes = "ya";
    public const string No = "tidak";
    public const string DescendingWord = "turun";

    public static string Word(RegistrySort sort) => Sorts.First(s => s.Sort == sort).Word;

    /// <summary>The sector in an address: its Indonesian name as a slug (<c>jahit-dan-busana</c>), read back by <see cref="RegistryNames.FindSector"/>.</summary>
    public static string Word(BusinessSector sector) => Slug.From(RegistryNames.IndonesianName(sector), 40);

    /// <inheritdoc cref="Word(BusinessSector)"/>
    public static string Word(GroupStage stage) => Slug.From(RegistryNames.IndonesianName(stage), 40);

    public static string Word(bool value) => value ? Yes : No;

    public static RegistrySort? ParseSort(string? word) =>
        Sorts.Where(s => string.Equals(s.Word, word?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (RegistrySort?)s.Sort).FirstOrDefault();

    /// <summary><c>ya</c>/<c>tidak</c>, <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>; empty is "not given" (null). False for any other word.</summary>
    public static bool TryParseYesNo(string? word, out bool? value)
    {
        value = null;
        var w = word?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(w)) return true;
        if (w is Yes or "true" or "1") value = true;
        else if (w is No or "false" or "0") value = false;
        return value is not null;
    }
}
