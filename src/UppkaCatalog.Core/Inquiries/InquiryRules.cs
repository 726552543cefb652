using System.Globalization;
using System.Text;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Inquiries;

/// <summary>
/// The inquiry form's rules in one place. Field keys are camelCase as in the API; messages
/// (<see cref="ServiceMessages"/>, in the caller's language) say what to do.
/// </summary>
public static class InquiryRules
{
    public const int MaxNameLength = 80;
    public const int MinMessageLength = 5;
    public const int MaxMessageLength = 1000;
    public const int MaxQuantity = 100_000;

    /// <summary>The cleaned values, ready to store.</summary>
    public sealed record Clean(string BuyerName, string BuyerPhone, int? Quantity, string Message);

    /// <summary>Cleans <paramref name="input"/> and returns it, or the message per field that is wrong.</summary>
    public static (Clean? Value, Dictionary<string, string> Errors) Check(InquiryInput input)
    {
        var errors = new Dictionary<string, string>();
        var name = SingleLine(input.BuyerName);
        if (name.Length == 0) errors["buyerName"] = ServiceMessages.BuyerNameMissing;
        else if (name.Length > MaxNameLength) errors["buyerName"] = ServiceMessages.BuyerNameTooLong(MaxNameLength);

        var phone = "";
        if (string.IsNullOrWhiteSpace(input.Phone)) errors["phone"] = ServiceMessages.BuyerPhoneMissing;
        else if (!PhoneNumber.TryNormalize(SingleLine(input.Phone), out phone))
        {
            errors["phone"] = ServiceMessages.BuyerPhoneInvalid;
        }

        int? quantity = null;
        var quantityText = SingleLine(input.Quantity).Replace(".", "", StringComparison.Ordinal);
        if (quantityText.Length > 0)
        {
            if (int.TryParse(quantityText, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= MaxQuantity) quantity = q;
            else errors["quantity"] = ServiceMessages.QuantityInvalid;
        }

        var message = MultiLine(input.Message);
        if (message.Length == 0) errors["message"] = ServiceMessages.InquiryMessageMissing;
        else if (message.Length < MinMessageLength) errors["message"] = ServiceMessages.InquiryMessageTooShort(MinMessageLength);
        else if (message.Length > MaxMessageLength) errors["message"] = ServiceMessages.InquiryMessageTooLong;

        return errors.Count > 0 ? (null, errors) : (new Clean(name, phone, quantity, message), errors);
    }

    /// <summary>Trimmed, every control character dropped, runs of white space made one space.</summary>
    public static string SingleLine(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else if (!IsInvisible(c)) sb.Append(c);
        }

        return sb.ToString().Trim();
    }

    /// <summary>
    /// Line breaks kept (as \n, at most two in a row), every other control character dropped, each line
    /// trimmed at the end: what a member reads is what the buyer meant, without hidden characters.
    /// </summary>
    public static string MultiLine(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(line => new string(line.Where(c => c == '\t' || !IsInvisible(c)).ToArray()).Replace('\t', ' ').TrimEnd());
        var text = string.Join('\n', lines).Trim();
        while (text.Contains("\n\n\n", StringComparison.Ordinal)) text = text.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        return text;
    }

    // Control characters, plus the format characters (bidi overrides, zero-width) that can disguise text.
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
