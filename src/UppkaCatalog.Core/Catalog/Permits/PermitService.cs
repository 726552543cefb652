using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Resources;

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
    /// <summary>The three permits of a product (P-IRT, halal, BPOM, in that order) for its group's members and staff.</summary>
    public async Task<IReadOnlyList<PermitStatusView>> ForProductAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await ReadableProductAsync(db, actor, productId, ct);
        var rows = await db.PermitVerifications.AsNoTracking().Where(v => v.ProductId == productId).ToListAsync(ct);
        return PermitRules.Kinds.Select(k => StatusOf(product, k, rows.FirstOrDefault(r => r.Kind == k), actor.IsStaff)).ToList();
    }

    /// <summary>
    /// Adds (or replaces: one per permit) the certificate photo of a permit; members of the product's group only. The upload
    /// goes through <see cref="ImagePipeline"/> (size limits, re-encoded, metadata and GPS stripped) and is stored under a
    /// private, unguessable key. A bad image → <see cref="ValidationException"/> on <c>file</c>. The permit's state is not
    /// changed (a verified permit stays verified: the number decides, not the photo).
    /// </summary>
    public async Task<PermitStatusView> AddCertificateAsync(Actor actor, int productId, PermitKind kind, Stream upload, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(PermitMessages.MembersOnly);
        CheckKind(kind);
        // Refuse before the expensive work when the product is not the member's.
        await using (var check = await dbFactory.CreateDbContextAsync(ct))
        {
            var status = await check.Products.Where(p => p.Id == productId && p.GroupId == groupId).Select(p => (ProductStatus?)p.Status).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException(PermitMessages.ProductNotFound);
            if (status == ProductStatus.Archived) throw new ValidationException("status", PermitMessages.ProductArchived);
        }

        ProcessedImage image;
        try
        {
            image = await pipeline.ProcessAsync(upload, ct);
        }
        catch (ImageRejectedException e)
        {
            throw new ValidationException("file", e.Message);
        }

        var (key, variants) = await storage.SaveAsync(image, PermitRules.CertificateMediaKind, ct);
        List<PhotoVariant> replaced = [];
        PermitStatusView view;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId && p.GroupId == groupId, ct)
                ?? throw new NotFoundException(PermitMessages.ProductNotFound);
            var now = time.GetUtcNow();
            var row = await db.PermitVerifications.FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind, ct);
            if (row is null)
            {
                row = new PermitVerification
                {
                    ProductId = productId, Kind = kind, Number = Current(product, kind) ?? "", State = PermitState.Waiting, RequestedAt = now,
                };
                db.PermitVerifications.Add(row);
            }

            replaced = row.CertificateVariants;
            row.CertificateKey = key;
            row.CertificateVariants = variants;
            row.CertificateAddedAt = now;
            AuditLog.Record(db, now, actor.UserId, "permit.certificate.add", $"Product:{productId}", PermitRules.Word(kind));
            await db.SaveChangesAsync(ct);
            view = StatusOf(product, kind, row, actor.IsStaff);
        }
        catch
        {
            // No row, no files: the variants written above are removed again.
            await storage.DeleteAsync(variants, CancellationToken.None);
            throw;
        }

        // The old photo's files go after the row that named them.
        await storage.DeleteAsync(replaced, CancellationToken.None);
        return view;
    }

    /// <summary>Removes a permit's certificate photo (members of the group only); nothing to remove → NotFound.</summary>
    public async Task DeleteCertificateAsync(Actor actor, int productId, PermitKind kind, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(PermitMessages.MembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.PermitVerifications
            .FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind && v.Product!.GroupId == groupId && v.CertificateKey != null, ct)
            ?? throw new NotFoundException(PermitMessages.CertificateNotFound);
        var variants = row.CertificateVariants;
        row.CertificateKey = null;
        row.CertificateVariants = [];
        row.CertificateAddedAt = null;
        // A row kept only for its photo goes with it.
        if (row.Number.Length == 0 && row.State == PermitState.Waiting) db.PermitVerifications.Remove(row);
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "permit.certificate.delete", $"Product:{productId}", PermitRules.Word(kind));
        await db.SaveChangesAsync(ct);
        await storage.DeleteAsync(variants, CancellationToken.None);
    }

    /// <summary>
    /// Opens a certificate photo for the product's group's members and staff (the largest variant). Anyone else, a product
    /// or permit without a photo → <see cref="NotFoundException"/> (never Forbidden: a stranger must not learn it exists).
    /// </summary>
    public async Task<CertificateFile> OpenCertificateAsync(Actor? actor, int productId, PermitKind kind, CancellationToken ct = default)
    {
        if (actor is null || (!actor.IsStaff && actor.GroupId is null)) throw new NotFoundException(PermitMessages.CertificateNotFound);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var staff = actor.IsStaff;
        var groupId = actor.GroupId;
        var row = await db.PermitVerifications.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind && v.CertificateKey != null && (staff || v.Product!.GroupId == groupId), ct)
            ?? throw new NotFoundException(PermitMessages.CertificateNotFound);
        // The largest JPEG: staff read the small print, and any viewer or printer opens a JPEG.
        var variant = row.CertificateVariants.OrderByDescending(v => v.Width).ThenBy(v => v.Format == "jpg" ? 0 : 1).FirstOrDefault()
            ?? throw new NotFoundException(PermitMessages.CertificateNotFound);
        var stream = await store.OpenReadAsync(variant.Key, ct) ?? throw new NotFoundException(PermitMessages.CertificateNotFound);
        return new CertificateFile(stream, MediaKey.ContentType(variant.Key), $"\"{variant.Key.Replace('/', '-')}\"");
    }

    /// <summary>
    /// Staff: marks the product's current number of <paramref name="kind"/> as verified, with what was checked
    /// (<see cref="PermitDecisionInput.Note"/>, required) and, for halal, the certificate's last day (not in the past) or
    /// <see cref="PermitDecisionInput.NoExpiry"/> — one of the two. No number → ValidationException on <c>number</c>.
    /// Audited ("permit.verify").
    /// </summary>
    public async Task<PermitStatusView> VerifyAsync(Actor actor, int productId, PermitKind kind, PermitDecisionInput input, CancellationToken ct = default)
    {
        actor.RequireStaff(PermitMessages.StaffOnly);
        CheckKind(kind);
        var today = Today();
        var errors = new Dictionary<string, string>();
        var note = Text(input.Note, PermitRules.MaxNoteLength, "note", PermitMessages.NoteRequired, PermitMessages.NoteTooLong(PermitRules.MaxNoteLength), errors);
        DateOnly? expires = null;
        if (kind == PermitKind.Halal)
        {
            if (input.NoExpiry)
            {
                if (input.ExpiresOn is not null) errors["expiresAt"] = PermitMessages.ExpiryAndNoExpiry;
            }
            else if (input.ExpiresOn is not { } day) errors["expiresAt"] = PermitMessages.ExpiryRequired;
            else if (day < today) errors["expiresAt"] = PermitMessages.ExpiryPast(WibDay(day));
            else if (day > today.AddYears(PermitRules.MaxExpiryYears)) errors["expiresAt"] = PermitMessages.ExpiryTooFar(WibDay(day), PermitRules.MaxExpiryYears);
            else expires = day;
        }

        return await DecideAsync(actor, productId, kind, input.Number, errors, "permit.verify", row =>
        {
            row.State = PermitState.Verified;
            row.Note = note;
            row.RefusalReason = null;
            row.ExpiresOn = expires;
        }, ct);
    }

    /// <summary>Staff: refuses the current number with a reason the group reads (required). Audited ("permit.refuse").</summary>
    public async Task<PermitStatusView> RefuseAsync(Actor actor, int productId, PermitKind kind, string? reason, string? number = null, CancellationToken ct = default)
    {
        actor.RequireStaff(PermitMessages.StaffOnly);
        CheckKind(kind);
        var errors = new Dictionary<string, string>();
        var why = Text(reason, PermitRules.MaxReasonLength, "reason", PermitMessages.ReasonRequired, PermitMessages.ReasonTooLong(PermitRules.MaxReasonLength), errors);
        return await DecideAsync(actor, productId, kind, number, errors, "permit.refuse", row =>
        {
            row.State = PermitState.Refused;
            row.Note = null;
            row.RefusalReason = why;
            row.ExpiresOn = null;
        }, ct);
    }

    // Verify and refuse: the product's current number is what is decided on; the decision and its audit entry are one save.
    private async Task<PermitStatusView> DecideAsync(Actor actor, int productId, PermitKind kind, string? expectedNumber, Dictionary<string, string> errors,
        string action, Action<PermitVerification> decide, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct)
            ?? throw new NotFoundException(PermitMessages.ProductNotFound);
        var number = Current(product, kind);
        if (number is null) errors["number"] = PermitMessages.NumberMissing(PermitMessages.Kind(kind));
        if (errors.Count > 0) throw new ValidationException(errors);
        if (!string.IsNullOrWhiteSpace(expectedNumber) && expectedNumber.Trim() != number!.Trim())
        {
            throw new ConflictException(PermitMessages.NumberChanged(PermitMessages.Kind(kind), number));
        }

        var now = time.GetUtcNow();
        var row = await db.PermitVerifications.FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind, ct);
        if (row is null)
        {
            row = new PermitVerification { ProductId = productId, Kind = kind, RequestedAt = product.UpdatedAt };
            db.PermitVerifications.Add(row);
        }

        row.Number = number!;
        decide(row);
        row.DecidedBy = actor.UserId;
        row.DecidedAt = now;
        AuditLog.Record(db, now, actor.UserId, action, $"Product:{productId}",
            $"{PermitRules.Word(kind)} {number}: {row.Note ?? row.RefusalReason}{AuditExpiry(kind, row)}");
        await db.SaveChangesAsync(ct);
        return StatusOf(product, kind, row, isStaff: true);
    }

    /// <summary>Staff: permits waiting for a decision (a number filled in), oldest first; by regency and kind; paged.</summary>
    public async Task<Paged<PermitQueueItem>> QueueAsync(Actor actor, PermitQueueQuery query, CancellationToken ct = default)
    {
        actor.RequireStaff(PermitMessages.StaffOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.PermitVerifications.AsNoTracking()
            .Where(v => v.State == PermitState.Waiting && v.Number != "" && v.Product!.Status != ProductStatus.Archived);
        var place = query.Regency?.Trim();
        if (!string.IsNullOrEmpty(place))
        {
            var regencyId = await db.Regencies.Where(r => r.Slug == place || r.Code == place).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
            if (regencyId is { } id) rows = rows.Where(v => v.Product!.Group!.RegencyId == id);
        }

        if (query.Kind is { } kind && Enum.IsDefined(kind)) rows = rows.Where(v => v.Kind == kind);
        var size = Math.Clamp(query.PageSize, 1, PermitRules.MaxQueuePageSize);
        var total = await rows.CountAsync(ct);
        var pages = total == 0 ? 1 : (total + size - 1) / size;
        var page = Math.Clamp(query.Page, 1, pages);
        var items = await rows.OrderBy(v => v.RequestedAt).ThenBy(v => v.Id).Skip((page - 1) * size).Take(size)
            .Select(v => new PermitQueueItem(v.ProductId, v.Product!.Slug, v.Product.Name, v.Product.Status, v.Product.GroupId, v.Product.Group!.Name,
                v.Product.Group.Regency!.Name, v.Kind, v.Number, v.RequestedAt, v.CertificateKey != null))
            .ToListAsync(ct);
        return new Paged<PermitQueueItem>(items, page, size, total);
    }

    /// <summary>
    /// Staff: verified halal certificates expiring within <see cref="PermitRules.ExpiryWarningDays"/> days or already expired,
    /// soonest first.
    /// </summary>
    public async Task<IReadOnlyList<PermitExpiryWarning>> ExpiringAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaff(PermitMessages.StaffOnly);
        return await WarningsAsync(null, ct);
    }

    /// <summary>The same warnings for the member's own group.</summary>
    public async Task<IReadOnlyList<PermitExpiryWarning>> ExpiringForMyGroupAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(PermitMessages.MembersOnly);
        return await WarningsAsync(groupId, ct);
    }

    private async Task<IReadOnlyList<PermitExpiryWarning>> WarningsAsync(int? groupId, CancellationToken ct)
    {
        var today = Today();
        var horizon = today.AddDays(PermitRules.ExpiryWarningDays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.PermitVerifications.AsNoTracking()
            .Where(v => v.Kind == PermitKind.Halal && v.State == PermitState.Verified && v.Number == v.Product!.HalalNumber
                && v.ExpiresOn != null && v.ExpiresOn <= horizon && v.Product.Status != ProductStatus.Archived);
        if (groupId is { } g) rows = rows.Where(v => v.Product!.GroupId == g);
        var found = await rows.OrderBy(v => v.ExpiresOn).ThenBy(v => v.ProductId).Take(500)
            .Select(v => new { v.ProductId, v.Product!.Name, v.Product.GroupId, GroupName = v.Product.Group!.Name, Regency = v.Product.Group.Regency!.Name, v.Number, v.ExpiresOn })
            .ToListAsync(ct);
        return found.Select(r => new PermitExpiryWarning(r.ProductId, r.Name, r.GroupId, r.GroupName, r.Regency, r.Number, r.ExpiresOn!.Value,
            r.ExpiresOn.Value.DayNumber - today.DayNumber)).ToList();
    }

    /// <summary>
    /// For the member's group: its food products (<see cref="PermitRules.FoodCategorySlugs"/>, not archived) without a P-IRT
    /// number, and — only when there are such — the open programmes of kind <see cref="ProgrammeKind.Certification"/>
    /// ("sertifikasi/kemasan") it may apply to now.
    /// </summary>
    public async Task<PirtHelp> PirtHelpAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(PermitMessages.MembersOnly);
        List<PirtMissingProduct> missing;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var food = PermitRules.FoodCategorySlugs.ToList();
            missing = await db.Products.AsNoTracking()
                .Where(p => p.GroupId == groupId && p.Status != ProductStatus.Archived && p.Category != null && food.Contains(p.Category.Slug)
                    && (p.PirtNumber == null || p.PirtNumber.Trim() == ""))
                .OrderBy(p => p.Name).Select(p => new PirtMissingProduct(p.Id, p.Name, p.Status)).ToListAsync(ct);
        }

        if (missing.Count == 0) return new PirtHelp([], []);
        var choices = await programmes.ChoicesAsync(actor, ct);
        return new PirtHelp(missing, choices.Where(c => c.Programme.Kind == ProgrammeKind.Certification && c.MayApply).ToList());
    }

    private DateOnly Today() => Wib.DayOf(time.GetUtcNow());

    private static async Task<Product> ReadableProductAsync(AppDbContext db, Actor actor, int productId, CancellationToken ct)
    {
        var staff = actor.IsStaff;
        var groupId = actor.GroupId;
        if (!staff && groupId is null) throw new NotFoundException(PermitMessages.ProductNotFound);
        return await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId && (staff || p.GroupId == groupId), ct)
            ?? throw new NotFoundException(PermitMessages.ProductNotFound);
    }

    private PermitStatusView StatusOf(Product product, PermitKind kind, PermitVerification? row, bool isStaff)
    {
        var number = Current(product, kind);
        var hasPhoto = row?.CertificateKey is not null;
        if (number is null) return new PermitStatusView(kind, null, PermitStatus.None, null, null, null, null, false, hasPhoto, null);
        // A row left behind by a number change (it should have been reset) counts as waiting for the new number.
        if (row is null || row.Number != PermitRules.NumberOf(product, kind))
        {
            return new PermitStatusView(kind, number, PermitStatus.Waiting, null, null, null, null, false, hasPhoto, row?.RequestedAt ?? product.UpdatedAt);
        }

        var today = Today();
        var state = row.State switch
        {
            PermitState.Verified when kind == PermitKind.Halal && row.ExpiresOn is { } lastDay && lastDay < today => PermitStatus.Expired,
            PermitState.Verified => PermitStatus.Verified,
            PermitState.Refused => PermitStatus.Refused,
            _ => PermitStatus.Waiting,
        };
        var soon = state == PermitStatus.Verified && row.ExpiresOn is { } e && e <= today.AddDays(PermitRules.ExpiryWarningDays);
        return new PermitStatusView(kind, number, state, state == PermitStatus.Refused ? row.RefusalReason : null, isStaff ? row.Note : null,
            row.DecidedAt, row.ExpiresOn, soon, hasPhoto, row.RequestedAt);
    }

    private static string? Current(Product product, PermitKind kind) =>
        PermitRules.NumberOf(product, kind) is { } n && !string.IsNullOrWhiteSpace(n) ? n : null;

    private static void CheckKind(PermitKind kind)
    {
        if (!Enum.IsDefined(kind)) throw new ValidationException("kind", PermitMessages.KindUnknown);
    }

    // The audit entry's note on a halal certificate's last day: the day, or that it has none.
    private static string AuditExpiry(PermitKind kind, PermitVerification row) =>
        row.ExpiresOn is { } day ? $" (s.d. {day:yyyy-MM-dd})"
        : kind == PermitKind.Halal && row.State == PermitState.Verified ? " (tanpa tanggal berakhir)"
        : "";

    private static string WibDay(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));

    private static string? Text(string? value, int max, string field, string missing, string tooLong, Dictionary<string, string> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) errors[field] = missing;
        else if (text.Length > max) errors[field] = tooLong;
        return text;
    }
}
