using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Seeding;

/// <summary>
/// Demo permit decisions (issue 16), so a newcomer sees every state: two of every three permit numbers verified by the demo
/// staff account through the real <see cref="PermitService"/> (audited like a real decision), one halal certificate
/// expiring within the 60-day warning, one refused, the rest left waiting in the staff queue. Only once: skipped when any
/// permit has a decision already.
/// </summary>
public sealed partial class DemoSeeder
{
    private async Task EnsureDemoPermitDecisionsAsync(CancellationToken ct)
    {
        List<(int ProductId, PermitKind Kind)> waiting;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.PermitVerifications.AnyAsync(v => v.State != PermitState.Waiting, ct)) return;
            waiting = (await db.PermitVerifications.Where(v => v.State == PermitState.Waiting && v.Number != "")
                    .OrderBy(v => v.ProductId).ThenBy(v => v.Kind).Select(v => new { v.ProductId, v.Kind }).ToListAsync(ct))
                .Select(v => (v.ProductId, v.Kind)).ToList();
        }

        var staffUser = await users.FindByEmailAsync(StaffEmail);
        if (staffUser is null || waiting.Count == 0) return;
        var staff = new Actor(staffUser.Id, null, IsStaff: true);
        var today = Wib.DayOf(time.GetUtcNow());
        var expiringShown = false;
        var refusedShown = false;
        for (var i = 0; i < waiting.Count; i++)
        {
            var (productId, kind) = waiting[i];
            if (i % 3 == 2) continue; // left for the staff queue
            if (!refusedShown && kind == PermitKind.Bpom)
            {
                await permits.RefuseAsync(staff, productId, kind, "Demo: nomor tidak ditemukan di cekbpom.pom.go.id; unggah foto izin edarnya.", ct: ct);
                refusedShown = true;
                continue;
            }

            DateOnly? expires = null;
            if (kind == PermitKind.Halal)
            {
                expires = today.AddDays(expiringShown ? 400 + i : 30);
                expiringShown = true;
            }

            var note = kind switch
            {
                PermitKind.Pirt => "Demo: nomor dicocokkan dengan sertifikat SPP-IRT dari Dinas Kesehatan.",
                PermitKind.Halal => "Demo: nomor dicocokkan dengan data BPJPH (halal.go.id).",
                _ => "Demo: nomor dicocokkan dengan cekbpom.pom.go.id.",
            };
            await permits.VerifyAsync(staff, productId, kind, new PermitDecisionInput(note, expires), ct);
        }

        logger.LogInformation("Demo data: permit decisions made for {Count} of {Total} permit numbers.", waiting.Count - waiting.Count / 3, waiting.Count);
    }
}
