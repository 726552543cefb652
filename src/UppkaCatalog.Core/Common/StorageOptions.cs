namespace UppkaCatalog.Core.Common;

/// <summary>Where the app keeps its data (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite file and media. Relative paths are under the content root. Default <c>App_Data</c>.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>The resolved absolute folder (set at start-up).</summary>
    public string FullDataPath { get; set; } = "";

    public string MediaPath => Path.Combine(FullDataPath, "media");
}
