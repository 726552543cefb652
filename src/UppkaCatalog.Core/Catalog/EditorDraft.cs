namespace UppkaCatalog.Core.Catalog;

/// <summary>
/// What a member had typed in the product editor and not yet saved, kept on the server so a
/// dropped connection (a new circuit) does not lose it. One per user and product (0 = new product).
/// </summary>
public sealed class EditorDraft
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public int ProductId { get; set; }

    public required string Json { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
