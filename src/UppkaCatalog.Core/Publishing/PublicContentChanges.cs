using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Publishing;

/// <summary>
/// Watches every save for entities that buyers' pages show and tells <see cref="IPublicContentListener"/> once the
/// change is committed: after the save, or, inside a transaction, after its commit (told earlier, a buyer's request
/// between eviction and commit would cache the old page again). Every service's writes pass through here, so no
/// service has to remember to evict. Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass it: none touches these tables.
/// </summary>
public sealed class PublicContentChanges(IPublicContentListener listener) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // What a context has saved but not yet committed; a context is used by one operation at a time.
    private readonly ConditionalWeakTable<DbContext, StrongBox<PublicContent>> _pending = new();

    public static PublicContent Classify(Type entity) => entity switch
    {
        _ when entity == typeof(Product) || entity == typeof(ProductPhoto) || entity == typeof(Catalog.Permits.PermitVerification) || entity == typeof(Category) || entity == typeof(Group) => PublicContent.Catalog,
        _ when entity == typeof(Exhibition) || entity == typeof(Hall) || entity == typeof(Booth) || entity == typeof(BoothProduct) => PublicContent.Exhibitions,
        _ when entity == typeof(Programme) || entity == typeof(ProgrammeSession) || entity == typeof(Partner) => PublicContent.Programmes,
        _ => PublicContent.None,
    };

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null) await FlushAsync(db, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null) FlushAsync(db, default).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.Database.CurrentTransaction is null) _pending.Remove(db);
        return Task.CompletedTask;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await FlushAsync(db, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) FlushAsync(db, default).AsTask().GetAwaiter().GetResult();
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) _pending.Remove(db);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db) _pending.Remove(db);
    }

    private void Collect(DbContext? db)
    {
        if (db is null) return;
        var changed = PublicContent.None;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) changed |= Classify(entry.Metadata.ClrType);
        }

        if (changed == PublicContent.None) return;
        _pending.GetOrCreateValue(db).Value |= changed;
    }

    private async ValueTask FlushAsync(DbContext db, CancellationToken ct)
    {
        if (!_pending.TryGetValue(db, out var box)) return;
        _pending.Remove(db);
        if (box.Value != PublicContent.None) await listener.ChangedAsync(box.Value, ct);
    }
}
