using System.Globalization;
using System.Text;

namespace UppkaCatalog.Core.Common;

public static class Slug
{
    /// <summary>Lower-case ASCII words joined by hyphens: "Kopi Kerinci – Arabika" → "kopi-kerinci-arabika".</summary>
    public static string From(string text, int maxLength = 80)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }

            if (sb.Length >= maxLength) break;
        }

        // The hyphen before the last word can carry the text one past maxLength: cut, then trim.
        return sb.Length == 0 ? "item" : sb.ToString(0, Math.Min(sb.Length, maxLength)).TrimEnd('-');
    }
}
