using System.Globalization;
using System.Resources;
using UppkaCatalog.Core.Accounts;

namespace UppkaCatalog.Core.Resources;

/// <summary>
/// The registry list's and the bulk invitations' refusals and notes (<c>RegistryMessages.resx</c> Bahasa Indonesia, neutral;
/// <c>.en.resx</c> English). Each text is read when the message is made, in <see cref="CultureInfo.CurrentUICulture"/>, with
/// values formatted in <see cref="CultureInfo.CurrentCulture"/> (<c>1.000</c> in Indonesian, <c>1,000</c> in English).
/// </summary>
public static class RegistryMessages
{
    private static readonly ResourceManager Texts = new("UppkaCatalog.Core.Resources.RegistryMessages", typeof(RegistryMessages).Assembly);

    public static string GroupNotFound => Text(nameof(GroupNotFound));

    public static string UnknownRegency(string text) => Format(nameof(UnknownRegency), text);

    public static string UnknownSector(string text, string known) => Format(nameof(UnknownSector), text, known);

    public static string UnknownStage(string text, string known) => Format(nameof(UnknownStage), text, known);

    public static string NotYesOrNo(string text) => Format(nameof(NotYesOrNo), text);

    public static string NothingToInvite => Text(nameof(NothingToInvite));

    public static string TooManyToInvite(int max) => Format(nameof(TooManyToInvite), max);

    public static string RegencyRequired => Text(nameof(RegencyRequired));

    public static string InvitationEnded => Text(nameof(InvitationEnded));

    public static string ReasonTooLong(int max) => Format(nameof(ReasonTooLong), max);

    /// <summary>Why a group got no invitation in a bulk step.</summary>
    public static string Skip(InvitationSkip reason) => Text(reason switch
    {
        InvitationSkip.Inactive => "SkipInactive",
        InvitationSkip.Online => "SkipOnline",
        _ => "SkipNotFound",
    });

    /// <summary>
    /// The invitee's name when the registry has no leader name (<c>Pengurus UPPKA Melati</c>). Stored with the invitation and
    /// shown to the member on the invitation page, so always in Indonesian whatever the staff member's language.
    /// </summary>
    public static string InviteeFallback(string groupName) =>
        string.Format(CultureInfo.InvariantCulture, Texts.GetString(nameof(InviteeFallback), CultureInfo.InvariantCulture)!, groupName);

    private static string Text(string key) => Texts.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    private static string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, Text(key), values);
}
