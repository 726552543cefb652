namespace UppkaCatalog.Core.Groups;

/// <summary>
/// A group's BKKBN registration number is the registry's key (a re-import finds the group by it), so two spellings of
/// one number must be one number: surrounding and repeated spaces go, letters are upper-cased
/// (<c> 15.05/uppka/012 </c> is <c>15.05/UPPKA/012</c>).
/// </summary>
public static class RegistrationNumbers
{
    public const int MaxLength = 60;

    public static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
