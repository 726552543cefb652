namespace UppkaCatalog.Core.Catalog;

public sealed class Category
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>Indonesian name (the primary language).</summary>
    public required string Name { get; set; }

    /// <summary>English name, shown when the visitor switches language.</summary>
    public required string NameEn { get; set; }

    /// <summary>Material icon name, used by the category chips.</summary>
    public string Icon { get; set; } = "category";

    public int SortOrder { get; set; }
}
