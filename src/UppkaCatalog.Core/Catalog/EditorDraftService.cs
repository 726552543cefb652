using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Catalog;

/// <summary>
/// Keeps what a member typed in the editor on the server (as JSON), so a lost connection — a new
/// circuit, a reloaded page — gives it back. Only the author can read their draft.
/// </summary>
public sealed class EditorDraftService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int MaxJsonLength = 20_000;

    public async Task SaveAsync(Actor actor, int productId, string json, CancellationToken ct = default)
    {
        if (json.Length > MaxJsonLength) return; // a runaway form is not worth keeping
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await db.EditorDrafts.FirstOrDefaultAsync(d => d.UserId == actor.UserId && d.ProductId == productId, ct);
        if (draft is null) db.EditorDrafts.Add(draft = new EditorDraft { UserId = actor.UserId, ProductId = productId, Json = json });
        draft.Json = json;
        draft.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task<(string Json, DateTimeOffset SavedAt)?> GetAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.EditorDrafts.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == actor.UserId && x.ProductId == productId, ct);
        return d is null ? null : (d.Json, d.UpdatedAt);
    }

    public async Task DeleteAsync(Actor actor, int productId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.EditorDrafts.Where(d => d.UserId == actor.UserId && d.ProductId == productId).ExecuteDeleteAsync(ct);
    }
}
