namespace UppkaCatalog.Core.Exhibitions;

/// <summary>What a group sends when applying for a booth or editing it.</summary>
public sealed record BoothInput
{
    public string? Tagline { get; init; }

    /// <summary>The featured products in the order buyers will see them.</summary>
    public IReadOnlyList<BoothProductInput> Products { get; init; } = [];
}

/// <param name="ProductId">One of the group's own products.</param>
/// <param name="ExhibitionPrice">Optional special price in whole rupiah, below the product's normal price.</param>
public sealed record BoothProductInput(int ProductId, long? ExhibitionPrice = null);
