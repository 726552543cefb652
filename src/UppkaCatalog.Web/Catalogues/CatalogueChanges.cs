namespace UppkaCatalog.Web.Catalogues;

/// <summary>
/// A counter bumped whenever the catalogue's public content changes (told by <see cref="Infrastructure.OutputCacheEviction"/>,
/// the same signal that evicts the cached pages). A catalogue PDF made under an older count is stale. It depends on
/// nothing, so the eviction listener (which the database context needs) does not depend on the database in turn.
/// </summary>
public sealed class CatalogueChanges
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Changed() => Interlocked.Increment(ref _generation);
}
