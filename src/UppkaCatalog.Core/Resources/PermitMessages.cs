using System.Globalization;
using System.Resources;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Resources;

/// <summary>
/// Permit verification's texts (issue 16): <c>PermitMessages.resx</c> is Bahasa Indonesia (neutral), <c>PermitMessages.en.resx</c>
/// English. A file of its own so the parallel label-checklist work never meets it in a merge.
/// </summary>
public static class PermitMessages
{
    private static readonly ResourceManager Resources = new("UppkaCatalog.Core.Resources.PermitMessages", typeof(PermitMessages).Assembly);

    public static string StaffOnly => Text(nameof(StaffOnly));

    public static string MembersOnly => Text(nameof(MembersOnly));

    public static string ProductNotFound => Text(nameof(ProductNotFound));

    public static string CertificateNotFound => Text(nameof(CertificateNotFound));

    public static string ProductArchived => Text(nameof(ProductArchived));

    public static string NoteRequired => Text(nameof(NoteRequired));

    public static string NoteTooLong(object a) => Format(nameof(NoteTooLong), a);

    public static string ReasonRequired => Text(nameof(ReasonRequired));

    public static string ReasonTooLong(object a) => Format(nameof(ReasonTooLong), a);

    public static string NumberMissing(object a) => Format(nameof(NumberMissing), a);

    public static string NumberChanged(object a, object b) => Format(nameof(NumberChanged), a, b);

    public static string ExpiryRequired => Text(nameof(ExpiryRequired));

    public static string ExpiryAndNoExpiry => Text(nameof(ExpiryAndNoExpiry));

    public static string ExpiryPast(object a) => Format(nameof(ExpiryPast), a);

    public static string ExpiryTooFar(object a, object b) => Format(nameof(ExpiryTooFar), a, b);

    public static string KindUnknown => Text(nameof(KindUnknown));

    public static string KindPirt => Text(nameof(KindPirt));

    public static string KindHalal => Text(nameof(KindHalal));

    public static string KindBpom => Text(nameof(KindBpom));

    /// <summary>The permit's name in a sentence ("P-IRT", "halal", "BPOM").</summary>
    public static string Kind(PermitKind kind) => kind switch
    {
        PermitKind.Pirt => KindPirt,
        PermitKind.Halal => KindHalal,
        _ => KindBpom,
    };

    private static string Text(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No permit message {name}.");

    private static string Format(string name, params object[] values) => string.Format(CultureInfo.CurrentCulture, Text(name), values);
}
