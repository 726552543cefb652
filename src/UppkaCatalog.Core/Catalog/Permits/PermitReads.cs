using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog.Permits;

/// <summary>The buyer's side of permits: what cards and product pages say is verified (through <see cref="PermitQueries"/>).</summary>
internal static class PermitReads
{
    /// <summary>Per product of <paramref name="ids"/> with any, its verified permits in P-IRT, halal, BPOM order; one query.</summary>
    public static async Task<Dictionary<int, IReadOnlyList<PermitKind>>> VerifiedKindsAsync(AppDbContext db, IReadOnlyCollection<int> ids, DateOnly today,
        CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await PermitQueries.Verified(db, today).Where(v => ids.Contains(v.ProductId)).Select(v => new { v.ProductId, v.Kind }).ToListAsync(ct);
        return rows.GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => (IReadOnlyList<PermitKind>)g.Select(r => r.Kind).Order().ToList());
    }

    /// <summary>The permits <paramref name="product"/> has a number for, each with whether it is verified today.</summary>
    public static async Task<IReadOnlyList<PermitView>> PublicAsync(AppDbContext db, Product product, DateOnly today, CancellationToken ct)
    {
        var verified = await PermitQueries.Verified(db, today).Where(v => v.ProductId == product.Id).ToListAsync(ct);
        var views = new List<PermitView>();
        foreach (var kind in PermitRules.Kinds)
        {
            var number = PermitRules.NumberOf(product, kind);
            if (string.IsNullOrWhiteSpace(number)) continue;
            var row = verified.FirstOrDefault(v => v.Kind == kind);
            views.Add(new PermitView(kind, number.Trim(), row is not null, row?.DecidedAt, kind == PermitKind.Halal ? row?.ExpiresOn : null));
        }

        return views;
    }
}
