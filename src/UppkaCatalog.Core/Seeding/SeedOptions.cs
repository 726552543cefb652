namespace UppkaCatalog.Core.Seeding;

/// <summary>Configuration section <c>Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Fill an empty database with demo groups, products, exhibitions and accounts. On in Development only.</summary>
    public bool Demo { get; set; }

    /// <summary>Password of every demo account.</summary>
    public string DemoPassword { get; set; } = "Demo-UPPKA-2026";

    /// <summary>Folder holding the demo photos named in the demo data; default <c>demo-photos/</c> in the app's output folder, copied there from <c>wwwroot-assets/demo</c>.</summary>
    public string? PhotoFolder { get; set; }
}
