namespace UppkaCatalog.Web.Paths;

/// <summary>Signing in and out, the account page, invitations and the language switch.</summary>
public static class AccountPaths
{
    public const string SignIn = "/masuk";
    public const string SignOut = "/keluar";
    public const string Account = "/akun";
    public const string ChangePassword = Account + "/sandi";

    /// <summary>Where the cookie handler sends a signed-in user whose role may not open a page (403, says why).</summary>
    public const string AccessDenied = Account + "/ditolak";

    public const string Language = "/bahasa";

    /// <summary>Prefix of the invitation links (robots.txt keeps crawlers out).</summary>
    public const string Invitations = "/undangan";

    /// <summary>The sign-in page that returns to <paramref name="returnPath"/> afterwards (the cookie handler's <c>?kembali=</c>).</summary>
    public static string SignInReturningTo(string returnPath) => SignIn + "?kembali=" + SitePath.Escape(returnPath);

    /// <summary>The link an invited member opens (sent by staff, so it is made absolute with <see cref="Infrastructure.PublicUrls"/>).</summary>
    public static string Invitation(string token) => Invitations + "/" + SitePath.Escape(token);

    /// <summary>Switches the language to <paramref name="culture"/> and returns to <paramref name="returnPath"/>.</summary>
    public static string SwitchLanguage(string culture, string returnPath) =>
        Language + "?c=" + SitePath.Escape(culture) + "&kembali=" + SitePath.Escape(returnPath);
}
