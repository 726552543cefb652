namespace UppkaCatalog.Core.Publishing;

/// <summary>What buyers' pages show, in the parts a cache can forget separately.</summary>
[Flags]
public enum PublicContent
{
    None = 0,

    /// <summary>Products, their photos, categories and groups: every public page shows some of them.</summary>
    Catalog = 1,

    /// <summary>Exhibitions, halls, booths and their featured products.</summary>
    Exhibitions = 2,

    /// <summary>Partner programmes, their sessions and the partners' names (<c>/program</c>).</summary>
    Programmes = 4,
}

/// <summary>
/// Told after public content changed in the database (committed), so whatever keeps copies of public pages can
/// forget them. The web host evicts its output cache; without a host nothing listens.
/// </summary>
public interface IPublicContentListener
{
    ValueTask ChangedAsync(PublicContent what, CancellationToken ct);
}

/// <summary>The listener when no host keeps copies (Core tests, tools).</summary>
public sealed class NoPublicContentListener : IPublicContentListener
{
    public ValueTask ChangedAsync(PublicContent what, CancellationToken ct) => ValueTask.CompletedTask;
}
