using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Core.Media;

public sealed class ProductPhoto
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public Product? Product { get; set; }

    /// <summary>Position in the gallery; the lowest is the cover.</summary>
    public int SortOrder { get; set; }

    public string AltText { get; set; } = "";

    /// <summary>Width of the largest stored variant (after auto-orientation).</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Common prefix of the stored variants' media keys.</summary>
    public required string StorageKey { get; set; }

    /// <summary>The stored variants (width × format), stored as JSON.</summary>
    public List<PhotoVariant> Variants { get; set; } = [];

    /// <summary>Average colour as <c>#rrggbb</c>, painted while the image loads.</summary>
    public string PlaceholderColor { get; set; } = "#e0e0e0";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One stored rendition of a photo.</summary>
public sealed record PhotoVariant(int Width, int Height, string Format, string Key, long Bytes);
