namespace UppkaCatalog.Web.Catalogues;

/// <summary>
/// A counter bumped whenever the catalogue's public content changes (told by <see cref="Infrastructure.OutputCacheEviction"/>,
/// the same signal that evicts the cached pages). A catalogue PDF made under an older count is stale. It depends on
/// nothing, so the eviction listener (which the database context needs) does not depend on the database in turn.
/// With several nodes (Redis configured) a change made here is also told to the others, and theirs are heard here
/// (<see cref="Infrastructure.RedisCatalogueChanges"/>): every node's kept PDFs go stale together.
/// </summary>
public sealed class CatalogueChanges
{
    private long _generation;
    private Action? _tellOthers;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A change made on this node: counted, and told to the other nodes when there are any.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref _generation);
        _tellOthers?.Invoke();
    }

    /// <summary>A change made on another node (or possibly missed while Redis was away): counted, not told again.</summary>
    public void Heard() => Interlocked.Increment(ref _generation);

    /// <summary>Set once at start-up when the nodes share a channel.</summary>
    public void TellOthersWith(Action tellOthers) => _tellOthers = tellOthers;
}
