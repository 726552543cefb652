namespace UppkaCatalog.Core.Common;

/// <summary>Indonesian mobile numbers: typed as <c>08…</c>, <c>628…</c> or <c>+628…</c>; stored as E.164 <c>+628…</c>.</summary>
public static class PhoneNumber
{
    public static bool TryNormalize(string? input, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input)) return false;
        var digits = new string(input.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.StartsWith("+62", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("62", StringComparison.Ordinal)) digits = digits[2..];
        else if (digits.StartsWith('0')) digits = digits[1..];
        else return false;

        // Mobile numbers start with 8 and have 9–12 digits after the country code.
        if (digits.Length is < 9 or > 12 || digits[0] != '8' || !digits.All(char.IsAsciiDigit)) return false;
        e164 = "+62" + digits;
        return true;
    }

    /// <summary>
    /// An office's number, mobile or fixed line (<c>0741-555102</c>: area code and subscriber, 7–11 digits after the 0), as E.164.
    /// </summary>
    public static bool TryNormalizeOffice(string? input, out string e164)
    {
        if (TryNormalize(input, out e164)) return true;
        var digits = new string((input ?? "").Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        if (digits.StartsWith("+62", StringComparison.Ordinal)) digits = digits[3..];
        else if (digits.StartsWith("62", StringComparison.Ordinal)) digits = digits[2..];
        else if (digits.StartsWith('0')) digits = digits[1..];
        else return false;

        if (digits.Length is < 7 or > 11 || digits[0] is < '2' or > '7' || !digits.All(char.IsAsciiDigit)) return false;
        e164 = "+62" + digits;
        return true;
    }

    /// <summary>
    /// An E.164 number the way people write it, <c>0812-3456-7890</c> (<c>+6281234567890</c>): what exports and forms show.
    /// The hyphens also keep Excel from reading it as a number and dropping its leading zero.
    /// </summary>
    public static string Written(string e164)
    {
        if (!e164.StartsWith("+62", StringComparison.Ordinal)) return e164;
        var national = "0" + e164[3..];
        return national.Length <= 8 ? national : $"{national[..4]}-{national[4..8]}-{national[8..]}";
    }

    /// <summary>A wa.me link (digits only, no plus) with a prefilled message.</summary>
    public static string WhatsAppLink(string e164, string message) =>
        $"https://wa.me/{e164.TrimStart('+')}?text={Uri.EscapeDataString(message)}";
}
