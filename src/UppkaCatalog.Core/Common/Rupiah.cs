using System.Globalization;

namespace UppkaCatalog.Core.Common;

/// <summary>Whole-rupiah amounts, always written the Indonesian way (<c>Rp 25.000</c>) whatever the UI language.</summary>
public static class Rupiah
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Format(long amount) =>
        amount < 0 ? "-Rp " + (-(decimal)amount).ToString("N0", Indonesian) : "Rp " + amount.ToString("N0", Indonesian);

    /// <summary>
    /// Reads what a member types: "25.000", "25000", "Rp 25.000", "25 000". Decimals are refused
    /// ("25.000,50" or "25,5") because prices are whole rupiah.
    /// </summary>
    public static bool TryParse(string? text, out long amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) s = s[2..].TrimStart('.', ' ');
        if (s.Contains(',')) return false;
        s = s.Replace(" ", "").Replace("\u00a0", "");
        // A dot is a thousands separator only in groups of three: "25.000" yes, "25.5" no.
        var parts = s.Split('.');
        if (parts.Length > 1 && (parts[0].Length is 0 or > 3 || parts.Skip(1).Any(p => p.Length != 3))) return false;
        var digits = string.Concat(parts);
        return digits.Length is > 0 and <= 15 && digits.All(char.IsAsciiDigit) && long.TryParse(digits, out amount);
    }
}
