using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>The product permits a certificate from a programme can fill in.</summary>
public enum PermitKind
{
    Pirt,
    Halal,
    Bpom,
}

/// <summary>A certificate the group obtained through a programme, as its product editor offers it.</summary>
public sealed record ProgrammeCertificate(PermitKind Permit, string Number, string ProgrammeTitle, DateOnly Date);

/// <summary>
/// The certificates (P-IRT, halal, BPOM) a partner recorded as delivered to the member's group, so the product editor can
/// offer their numbers for the product's permit fields instead of the member copying them by hand.
/// </summary>
public sealed class ProgrammeCertificateService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ProgrammeCertificate>> ForMyGroupAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ProgrammeMessages.RecordNotYours);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => d.Kind == DeliveryKind.Certificate && d.Application!.GroupId == groupId)
            .Select(d => new { d.Item, d.Detail, d.Date, d.Application!.Programme!.Title }).ToListAsync(ct);
        return rows.Select(r => (Permit: PermitOf(r.Item), r.Detail, r.Title, r.Date)).Where(r => r.Permit is not null && r.Detail.Trim().Length > 0)
            .OrderByDescending(r => r.Date).Select(r => new ProgrammeCertificate(r.Permit!.Value, r.Detail.Trim(), r.Title, r.Date)).ToList();
    }

    /// <summary>Which permit a certificate's kind, as an officer typed or chose it, names ("SPP-IRT", "P-IRT", "Sertifikat Halal", "BPOM MD").</summary>
    public static PermitKind? PermitOf(string kind)
    {
        var letters = new string(kind.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());
        if (letters.Contains("PIRT", StringComparison.Ordinal)) return PermitKind.Pirt;
        if (letters.Contains("HALAL", StringComparison.Ordinal)) return PermitKind.Halal;
        if (letters.Contains("BPOM", StringComparison.Ordinal) || letters.Contains("POM", StringComparison.Ordinal)) return PermitKind.Bpom;
        return null;
    }
}
