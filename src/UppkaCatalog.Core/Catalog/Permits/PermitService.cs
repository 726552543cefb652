using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog.Permits;

/// <summary>
/// Permits verified by staff (issue 16): the group's view of its permits and certificate photos, staff's verify / refuse
/// and queue, halal expiry warnings, and the P-IRT programme hint. Every method checks the <see cref="Actor"/> itself:
/// a member acts for their own group's products only (another group's → <see cref="NotFoundException"/>), staff for all;
/// decisions are audited in the same transaction. "Today" is the WIB day of the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class PermitService(
    IDbContextFactory<AppDbContext> dbFactory,
    ImagePipeline pipeline,
    PhotoStorage storage,
    IMediaStore store,
    TimeProvider time,
    ProgrammeApplicationService programmes)
{
    // CONTRACT commit only: the bodies follow.
    private readonly object[] _pending = [dbFactory, pipeline, storage, store, time, programmes];

    /// <summary>The three permits of a product (P-IRT, halal, BPOM, in that order) for its group's members and staff.</summary>
    public Task<IReadOnlyList<PermitStatusView>> ForProductAsync(Actor actor, int productId, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>
    /// Adds (or replaces: one per permit) the certificate photo of a permit; members of the product's group only. The upload
    /// goes through <see cref="ImagePipeline"/> (size limits, re-encoded, metadata and GPS stripped) and is stored under a
    /// private, unguessable key. A bad image → <see cref="ValidationException"/> on <c>file</c>. The permit's state is not
    /// changed (a verified permit stays verified: the number decides, not the photo).
    /// </summary>
    public Task<PermitStatusView> AddCertificateAsync(Actor actor, int productId, PermitKind kind, Stream upload, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Removes a permit's certificate photo (members of the group only); nothing to remove → NotFound.</summary>
    public Task DeleteCertificateAsync(Actor actor, int productId, PermitKind kind, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>
    /// Opens a certificate photo for the product's group's members and staff (the largest variant). Anyone else, a product
    /// or permit without a photo → <see cref="NotFoundException"/> (never Forbidden: a stranger must not learn it exists).
    /// </summary>
    public Task<CertificateFile> OpenCertificateAsync(Actor? actor, int productId, PermitKind kind, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>
    /// Staff: marks the product's current number of <paramref name="kind"/> as verified, with what was checked
    /// (<see cref="PermitDecisionInput.Note"/>, required) and, for halal, the certificate's last day (required, not in the
    /// past). No number → ValidationException on <c>number</c>. Audited ("permit.verify").
    /// </summary>
    public Task<PermitStatusView> VerifyAsync(Actor actor, int productId, PermitKind kind, PermitDecisionInput input, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Staff: refuses the current number with a reason the group reads (required). Audited ("permit.refuse").</summary>
    public Task<PermitStatusView> RefuseAsync(Actor actor, int productId, PermitKind kind, string? reason, string? number = null, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Staff: permits waiting for a decision (a number filled in), oldest first; by regency and kind; paged.</summary>
    public Task<Paged<PermitQueueItem>> QueueAsync(Actor actor, PermitQueueQuery query, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>
    /// Staff: verified halal certificates expiring within <see cref="PermitRules.ExpiryWarningDays"/> days or already expired,
    /// soonest first.
    /// </summary>
    public Task<IReadOnlyList<PermitExpiryWarning>> ExpiringAsync(Actor actor, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>The same warnings for the member's own group.</summary>
    public Task<IReadOnlyList<PermitExpiryWarning>> ExpiringForMyGroupAsync(Actor actor, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>
    /// For the member's group: its food products (<see cref="PermitRules.FoodCategorySlugs"/>, not archived) without a P-IRT
    /// number, and — only when there are such — the open programmes of kind <see cref="ProgrammeKind.Certification"/>
    /// ("sertifikasi/kemasan") it may apply to now.
    /// </summary>
    public Task<PirtHelp> PirtHelpAsync(Actor actor, CancellationToken ct = default) =>
        throw new NotImplementedException();
}
