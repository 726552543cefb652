using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog.Permits;

/// <summary>
/// Runs in every <see cref="AppDbContext"/> save, before it is written: a product whose P-IRT, halal or BPOM number was
/// added or changed gets its permit row (back) in <see cref="PermitState.Waiting"/> with the new number, its verification
/// or refusal gone, in the same save — whichever service changed the number (editor, programme certificate, API). A number
/// removed leaves no waiting row (a row is kept, numberless, only for its certificate photo).
/// </summary>
/// <remarks>
/// The read side does not trust this alone: a permit counts as verified only while the row's number equals the product's
/// current one (<see cref="PermitQueries"/>), so a write that bypassed the change tracker (bulk SQL, <c>Update()</c> of a
/// detached product) can at worst leave a stale row waiting, never a stale "Terverifikasi".
/// </remarks>
internal static class PermitChangeTracker
{
    public static void Apply(AppDbContext db)
    {
        var products = db.ChangeTracker.Entries<Product>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        foreach (var entry in products)
        {
            foreach (var kind in PermitRules.Kinds)
            {
                var property = entry.Property(PropertyOf(kind));
                var current = Clean(property.CurrentValue as string);
                if (entry.State == EntityState.Added)
                {
                    if (current is not null) db.PermitVerifications.Add(Waiting(entry.Entity, kind, current));
                    continue;
                }

                if (!property.IsModified || Clean(property.OriginalValue as string) == current) continue;
                var product = entry.Entity;
                var row = db.PermitVerifications.Local.FirstOrDefault(v => v.ProductId == product.Id && v.Kind == kind)
                    ?? db.PermitVerifications.FirstOrDefault(v => v.ProductId == product.Id && v.Kind == kind);
                if (row is null)
                {
                    if (current is not null) db.PermitVerifications.Add(Waiting(product, kind, current));
                    continue;
                }

                if (row.State != PermitState.Waiting)
                {
                    AuditLog.Record(db, At(product), null, "permit.cleared", $"Product:{product.Id}",
                        $"{PermitRules.Word(kind)}: {row.State} '{row.Number}' → '{current}'");
                }

                if (current is null && row.CertificateKey is null)
                {
                    db.PermitVerifications.Remove(row);
                    continue;
                }

                row.Number = current ?? "";
                row.State = PermitState.Waiting;
                row.Note = null;
                row.RefusalReason = null;
                row.DecidedBy = null;
                row.DecidedAt = null;
                row.ExpiresOn = null;
                row.RequestedAt = At(product);
            }
        }
    }

    public static string PropertyOf(PermitKind kind) => kind switch
    {
        PermitKind.Pirt => nameof(Product.PirtNumber),
        PermitKind.Halal => nameof(Product.HalalNumber),
        _ => nameof(Product.BpomNumber),
    };

    private static PermitVerification Waiting(Product product, PermitKind kind, string number) =>
        new() { Product = product, Kind = kind, Number = number, State = PermitState.Waiting, RequestedAt = At(product) };

    // The services stamp UpdatedAt from their TimeProvider (a fake clock in tests); the wall clock only if none did.
    private static DateTimeOffset At(Product product) => product.UpdatedAt != default ? product.UpdatedAt : DateTimeOffset.UtcNow;

    // Blank is no number; otherwise the exact stored text, since "verified" compares it with the product's column as it is.
    private static string? Clean(string? number) => string.IsNullOrWhiteSpace(number) ? null : number;
}
