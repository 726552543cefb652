using System.Net;
using System.Text.RegularExpressions;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>Just enough HTML reading for the integration tests.</summary>
public static partial class Html
{
    /// <summary>The body with entities decoded, for comparing with text from the database.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(html);

    public static string? LangAttribute(string html) => LangPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>Values of every <c>href</c> that starts with <paramref name="prefix"/>, in document order.</summary>
    public static List<string> Hrefs(string html, string prefix) =>
        HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    /// <summary>Name → value of the hidden inputs of the page's forms.</summary>
    public static Dictionary<string, string> HiddenInputs(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(html))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"", StringComparison.Ordinal)) continue;
            var name = AttributePattern("name").Match(tag);
            var value = AttributePattern("value").Match(tag);
            if (name.Success) fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
        }

        return fields;
    }

    /// <summary>The <c>name</c> attributes of every input in the page.</summary>
    public static List<string> InputNames(string html) =>
        InputPattern().Matches(html).Select(m => AttributePattern("name").Match(m.Value)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The <c>content</c> of a <c>&lt;meta property=…&gt;</c>, decoded.</summary>
    public static string? MetaProperty(string html, string property)
    {
        var tag = Regex.Match(html, $"<meta[^>]*property=\"{Regex.Escape(property)}\"[^>]*>");
        if (!tag.Success) return null;
        var content = AttributePattern("content").Match(tag.Value);
        return content.Success ? WebUtility.HtmlDecode(content.Groups[1].Value) : null;
    }

    private static Regex AttributePattern(string name) => new($"\\s{name}=\"([^\"]*)\"");

    [GeneratedRegex("<html[^>]*\\slang=\"([^\"]*)\"")]
    private static partial Regex LangPattern();

    [GeneratedRegex("\\shref=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputPattern();
}
