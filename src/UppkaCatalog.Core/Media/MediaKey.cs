using System.Text.RegularExpressions;

namespace UppkaCatalog.Core.Media;

public static partial class MediaKey
{
    /// <summary>Only keys the app itself makes: no "..", no leading slash, no odd characters.</summary>
    public static bool IsValid(string? key) => key is { Length: > 0 and <= 200 } && KeyPattern().IsMatch(key);

    public static string ContentType(string key) => Path.GetExtension(key) switch
    {
        ".webp" => "image/webp",
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    [GeneratedRegex(@"^[a-z]{1,8}/[0-9a-f]{32}/[0-9]{1,5}\.(webp|jpg|png)\z")] // \z: "$" would also match before a final "\n"
    private static partial Regex KeyPattern();
}
