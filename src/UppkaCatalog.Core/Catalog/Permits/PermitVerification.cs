using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog.Permits;

/// <summary>Where staff stand on one permit number of a product.</summary>
public enum PermitState
{
    /// <summary>A number (or a certificate photo) is there and nobody on the staff has looked at it yet.</summary>
    Waiting = 0,

    /// <summary>Staff checked <see cref="PermitVerification.Number"/> (see <see cref="PermitVerification.Note"/>).</summary>
    Verified = 1,

    /// <summary>Staff could not confirm it; <see cref="PermitVerification.RefusalReason"/> is shown to the group.</summary>
    Refused = 2,
}

/// <summary>
/// Staff's check of one permit (P-IRT, halal, BPOM) of one product: at most one row per product and kind. The number on
/// the product stays where it is (<see cref="Product.PirtNumber"/>…); this row says which number was checked. A verification
/// holds only while <see cref="Number"/> equals the product's current number — and when the number changes, by any path
/// (editor, programme certificate, API), <see cref="PermitChangeTracker"/> turns the row back to <see cref="PermitState.Waiting"/>
/// with the new number in the same save. A verified halal certificate with an <see cref="ExpiresOn"/> holds until that day (WIB).
/// </summary>
public sealed class PermitVerification
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public Product? Product { get; set; }

    public PermitKind Kind { get; set; }

    /// <summary>The number this row's state is about (the product's number when it was last set or decided); "" when none.</summary>
    public string Number { get; set; } = "";

    public PermitState State { get; set; }

    /// <summary>Since when it has been waiting (UTC): the staff queue shows the oldest first.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>What staff checked (e.g. "dicocokkan dengan SPP-IRT asli, Dinkes Muaro Jambi"); staff only.</summary>
    public string? Note { get; set; }

    /// <summary>Why staff refused it; shown to the group.</summary>
    public string? RefusalReason { get; set; }

    /// <summary>User id of the staff member who decided last.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>When staff decided (UTC; shown in WIB).</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>
    /// The last day the halal certificate is valid (a WIB calendar day). Null on a verified halal row: the certificate
    /// gives no last day (issued under UU 6/2023, valid while the ingredients and process stay the same).
    /// </summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>
    /// Prefix of the certificate photo's stored variants (<c>cert/{32 hex}</c>), or null. Private: the public
    /// <c>/media</c> route refuses this prefix (<see cref="PermitRules.IsPrivateMediaKey"/>); only the group's members and
    /// staff read it, through <see cref="PermitService.OpenCertificateAsync"/>.
    /// </summary>
    public string? CertificateKey { get; set; }

    /// <summary>The photo's stored variants (JSON), largest last.</summary>
    public List<PhotoVariant> CertificateVariants { get; set; } = [];

    public DateTimeOffset? CertificateAddedAt { get; set; }
}
