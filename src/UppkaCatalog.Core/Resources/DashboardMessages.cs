using System.Globalization;
using System.Resources;

namespace UppkaCatalog.Core.Resources;

/// <summary>
/// The regency dashboard's refusal texts: <c>DashboardMessages.resx</c> is Bahasa Indonesia (neutral),
/// <c>DashboardMessages.en.resx</c> English. Read when a message is made, in the caller's UI culture.
/// </summary>
public static class DashboardMessages
{
    private static readonly ResourceManager Resources = new("UppkaCatalog.Core.Resources.DashboardMessages", typeof(DashboardMessages).Assembly);

    /// <summary>A member or an anonymous caller asked for the dashboard.</summary>
    public static string StaffOnly => Text(nameof(StaffOnly));

    // No message takes values yet; one that does formats them with string.Format(CultureInfo.CurrentCulture, …).
    private static string Text(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"No dashboard message {name}.");
}
