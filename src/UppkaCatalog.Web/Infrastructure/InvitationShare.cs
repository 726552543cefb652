using System.Globalization;
using System.Resources;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Resources;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// What staff send a group's leader for a new invitation: the link (absolute, from <see cref="PublicUrls"/>) and a WhatsApp
/// share link to the leader's phone with a short message and the link — null when the registry has no Indonesian mobile number
/// for the leader (the page and the API say so). The list, the group page and the API build it here, alike.
/// </summary>
public sealed record InvitationShare(int GroupId, string Url, string? WhatsAppUrl, DateTimeOffset ExpiresAt)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private static readonly ResourceManager Texts = new(typeof(RegistryResource).FullName!, typeof(RegistryResource).Assembly);

    /// <param name="siteRoot">The site root (<see cref="PublicUrls.Root(HttpRequest)"/> or the component overload).</param>
    public static InvitationShare For(IssuedInvitation invitation, string siteRoot)
    {
        var url = PublicUrls.Join(siteRoot, AccountPaths.Invitation(invitation.Token));
        string? whatsApp = null;
        if (PhoneNumber.TryNormalize(invitation.LeaderPhone, out var phone))
        {
            // The leader reads it, whatever language the staff member works in: always Indonesian.
            var message = string.Format(Indonesian, Texts.GetString("LeaderMessage", Indonesian)!,
                invitation.LeaderName ?? RegistryMessages.InviteeFallback(invitation.GroupName), invitation.GroupName,
                invitation.ExpiresAt.ToWib().ToString("d MMMM yyyy, HH.mm", Indonesian) + " WIB", url);
            whatsApp = PhoneNumber.WhatsAppLink(phone, message);
        }

        return new InvitationShare(invitation.GroupId, url, whatsApp, invitation.ExpiresAt);
    }
}
