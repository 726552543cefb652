using System.Globalization;
using System.Resources;

namespace UppkaCatalog.Core.Common;

/// <summary>
/// Every sentence a service refuses or corrects a caller with: <c>Resources/ServiceMessages.resx</c> (Bahasa
/// Indonesia, the neutral language) and <c>ServiceMessages.en.resx</c> (English), one key per member here, of the
/// same name. A member reads its text when it is called, in <see cref="CultureInfo.CurrentUICulture"/> — the request's
/// or circuit's language — so an exception or field error made for an English caller is English; values are
/// formatted in <see cref="CultureInfo.CurrentCulture"/>, except rupiah and WIB moments, which keep their one form.
/// The members are grouped by feature in the partial files beside this one.
/// </summary>
public static partial class ServiceMessages
{
    private static readonly ResourceManager Texts = new("UppkaCatalog.Core.Resources.ServiceMessages", typeof(ServiceMessages).Assembly);

    /// <summary>Default of <see cref="NotFoundException"/>.</summary>
    public static string NotFound => Text(nameof(NotFound));

    /// <summary>Default of <see cref="ForbiddenException"/>.</summary>
    public static string Forbidden => Text(nameof(Forbidden));

    /// <summary>The message of a <see cref="ValidationException"/> with more than one field.</summary>
    public static string CheckMarkedFields => Text(nameof(CheckMarkedFields));

    // What a caller without the right is told, per kind of operation, for the Require… checks on Actor:
    // one check has one wording wherever it is made.

    /// <summary>Staff operations on groups, products, inquiries and invitations (the default of <see cref="Actor.RequireStaff"/>).</summary>
    public static string StaffOnly => Text(nameof(StaffOnly));

    public static string StaffCuratesExhibitions => Text(nameof(StaffCuratesExhibitions));

    public static string StaffSeesExhibitionStats => Text(nameof(StaffSeesExhibitionStats));

    /// <summary>A group's own products, photos, profile and inquiries (the text predates the last three).</summary>
    public static string ProductMembersOnly => Text(nameof(ProductMembersOnly));

    public static string BoothMembersOnly => Text(nameof(BoothMembersOnly));

    /// <summary>Any text field longer than its column.</summary>
    public static string TooLong(int max) => Format(nameof(TooLong), max);

    /// <summary>A staff decision's reason (a product's rejection, a booth's) longer than its column.</summary>
    public static string ReasonTooLong(int max) => Format(nameof(ReasonTooLong), max);

    private static string Text(string key) =>
        Texts.GetString(key, CultureInfo.CurrentUICulture) ?? throw new MissingManifestResourceException($"No service message '{key}'.");

    private static string Format(string key, params ReadOnlySpan<object?> values) =>
        string.Format(CultureInfo.CurrentCulture, Text(key), values);
}
