using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog.Permits;

/// <summary>
/// "Verified" as SQL, for both providers: staff verified the row, its number is still the product's current number of
/// that kind, and a halal certificate's last day, when it has one, is not before <c>today</c> (WIB). Every read of "Terverifikasi" — cards,
/// product page, API, the catalogue filter, the dashboard — goes through <see cref="Verified"/>.
/// </summary>
internal static class PermitQueries
{
    public static IQueryable<PermitVerification> Verified(AppDbContext db, DateOnly today) =>
        db.PermitVerifications.AsNoTracking().Where(IsVerified(today));

    public static Expression<Func<PermitVerification, bool>> IsVerified(DateOnly today) => v =>
        v.State == PermitState.Verified
        && ((v.Kind == PermitKind.Pirt && v.Number == v.Product!.PirtNumber)
            || (v.Kind == PermitKind.Halal && v.Number == v.Product!.HalalNumber && (v.ExpiresOn == null || v.ExpiresOn >= today))
            || (v.Kind == PermitKind.Bpom && v.Number == v.Product!.BpomNumber));

    /// <summary>The row's number is the product's current number of its kind (a row whose number was left behind is stale).</summary>
    public static readonly Expression<Func<PermitVerification, bool>> IsCurrent = v =>
        (v.Kind == PermitKind.Pirt && v.Number == v.Product!.PirtNumber)
        || (v.Kind == PermitKind.Halal && v.Number == v.Product!.HalalNumber)
        || (v.Kind == PermitKind.Bpom && v.Number == v.Product!.BpomNumber);

    /// <summary>
    /// Ids of products that have every permit in <paramref name="kinds"/> verified, or — with none given — at least one.
    /// </summary>
    public static IQueryable<int> VerifiedProductIds(AppDbContext db, DateOnly today, IReadOnlyCollection<PermitKind> kinds)
    {
        var verified = Verified(db, today);
        if (kinds.Count == 0) return verified.Select(v => v.ProductId);
        IQueryable<int>? ids = null;
        foreach (var kind in kinds)
        {
            var ofKind = verified.Where(v => v.Kind == kind).Select(v => v.ProductId);
            ids = ids is null ? ofKind : ids.Intersect(ofKind);
        }

        return ids!;
    }
}
