namespace UppkaCatalog.Core.Common;

/// <summary>Invitations, passwords, and Identity's own errors (through <see cref="Accounts.LocalizedIdentityErrors"/>).</summary>
public static partial class ServiceMessages
{
    public static string AccountNotFound => Text(nameof(AccountNotFound));

    public static string InviteeNameInvalid => Text(nameof(InviteeNameInvalid));

    public static string InvitationUnknown => Text(nameof(InvitationUnknown));

    /// <summary>Opening a link already used.</summary>
    public static string InvitationUsed => Text(nameof(InvitationUsed));

    /// <summary>Someone else used the link between opening and accepting it.</summary>
    public static string InvitationJustUsed => Text(nameof(InvitationJustUsed));

    public static string InvitationExpired => Text(nameof(InvitationExpired));

    public static string InvitationEmailInvalid => Text(nameof(InvitationEmailInvalid));

    public static string MobileNumberInvalid => Text(nameof(MobileNumberInvalid));

    public static string MobileNumberTaken => Text(nameof(MobileNumberTaken));

    /// <summary>Both the invitation's check and Identity's <c>DuplicateEmail</c>.</summary>
    public static string EmailTaken => Text(nameof(EmailTaken));

    public static string PasswordMissing => Text(nameof(PasswordMissing));

    public static string CurrentPasswordMissing => Text(nameof(CurrentPasswordMissing));

    public static string NewPasswordMissing => Text(nameof(NewPasswordMissing));

    public static string PasswordCommon => Text(nameof(PasswordCommon));

    public static string PasswordPersonal => Text(nameof(PasswordPersonal));

    public static string PasswordTooShort(int length) => Format(nameof(PasswordTooShort), length);

    public static string CurrentPasswordWrong => Text(nameof(CurrentPasswordWrong));

    public static string UserNameTaken => Text(nameof(UserNameTaken));

    public static string UserNameInvalid => Text(nameof(UserNameInvalid));

    public static string EmailInvalid => Text(nameof(EmailInvalid));

    public static string LockoutNotEnabled => Text(nameof(LockoutNotEnabled));

    public static string AccountChangedElsewhere => Text(nameof(AccountChangedElsewhere));
}
