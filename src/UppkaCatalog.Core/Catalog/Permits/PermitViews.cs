using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog.Permits;

/// <summary>
/// A permit as buyers see it (product page, API, JSON-LD): its number and whether staff verified it. Only permits the
/// product has a number for are listed. <paramref name="VerifiedAt"/> is UTC (show in WIB); <paramref name="ExpiresOn"/>
/// only for halal, and null for a halal certificate without a last day.
/// </summary>
public sealed record PermitView(PermitKind Kind, string Number, bool Verified, DateTimeOffset? VerifiedAt, DateOnly? ExpiresOn);

/// <summary>
/// A permit as the product's group and staff see it in the editor: state, staff's answer, photo, expiry warning.
/// <paramref name="Number"/> is the product's current number (null: none filled in). <paramref name="State"/> is the
/// stored state, except that a verified halal certificate past its expiry is reported <see cref="PermitStatus.Expired"/>.
/// <paramref name="Note"/> is null for members (staff's working note); <paramref name="RefusalReason"/> is for both.
/// <paramref name="ExpiresSoon"/>: verified halal expiring within <see cref="PermitRules.ExpiryWarningDays"/> days.
/// </summary>
public sealed record PermitStatusView(
    PermitKind Kind,
    string? Number,
    PermitStatus State,
    string? RefusalReason,
    string? Note,
    DateTimeOffset? DecidedAt,
    DateOnly? ExpiresOn,
    bool ExpiresSoon,
    bool HasCertificate,
    DateTimeOffset? RequestedAt);

/// <summary>A permit's state as shown (adds <see cref="Expired"/> and <see cref="None"/> to the stored <see cref="PermitState"/>).</summary>
public enum PermitStatus
{
    /// <summary>No number and no photo.</summary>
    None = 0,
    Waiting = 1,
    Verified = 2,
    Refused = 3,

    /// <summary>Halal verified, but the certificate's last day is before today (WIB): not shown as verified.</summary>
    Expired = 4,
}

/// <summary>What the staff queue asks for: every part optional; the page is clamped.</summary>
public sealed record PermitQueueQuery
{
    /// <summary>Regency slug or BPS code; unknown values are ignored.</summary>
    public string? Regency { get; init; }

    public PermitKind? Kind { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = PermitRules.QueuePageSize;
}

/// <summary>One permit waiting for staff, oldest first. <paramref name="RequestedAt"/> UTC (show in WIB).</summary>
public sealed record PermitQueueItem(
    int ProductId,
    string ProductSlug,
    string ProductName,
    ProductStatus ProductStatus,
    int GroupId,
    string GroupName,
    string RegencyName,
    PermitKind Kind,
    string Number,
    DateTimeOffset RequestedAt,
    bool HasCertificate);

/// <summary>A verified halal certificate that expires within the warning window (or already expired: <paramref name="DaysLeft"/> &lt; 0).</summary>
public sealed record PermitExpiryWarning(
    int ProductId,
    string ProductName,
    int GroupId,
    string GroupName,
    string RegencyName,
    string Number,
    DateOnly ExpiresOn,
    int DaysLeft);

/// <summary>
/// What staff send to verify a permit. For halal, <paramref name="ExpiresOn"/> or <paramref name="NoExpiry"/> (exactly one);
/// both are ignored for the other kinds.
/// </summary>
/// <param name="Note">What was checked (required).</param>
/// <param name="Number">The number staff looked at; when given and the product's number has changed since, nothing is
/// written (ConflictException).</param>
/// <param name="NoExpiry">The halal certificate gives no last day: those issued under UU 6/2023 stay valid as long as the
/// ingredients and the process do not change (the older ones ran four years and carry a date).</param>
public sealed record PermitDecisionInput(string? Note, DateOnly? ExpiresOn = null, string? Number = null, bool NoExpiry = false);

/// <summary>A certificate photo opened for an authorised reader. The caller disposes <paramref name="Content"/>.</summary>
public sealed record CertificateFile(Stream Content, string ContentType, string ETag);

/// <summary>
/// The group's food products without a P-IRT number and the open certification/packaging programmes
/// (<see cref="ProgrammeKind.Certification"/>) it may apply to; empty lists when it has none of either.
/// </summary>
public sealed record PirtHelp(IReadOnlyList<PirtMissingProduct> Products, IReadOnlyList<ProgrammeChoice> Programmes);

public sealed record PirtMissingProduct(int ProductId, string Name, ProductStatus Status);
