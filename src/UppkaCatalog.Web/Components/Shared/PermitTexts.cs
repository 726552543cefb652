using System.Globalization;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Components.Shared;

/// <summary>
/// How a permit's state reads, in one place for the member editor, the staff queue and the staff review (issue 16):
/// "Menunggu verifikasi", "Terverifikasi 3 Desember 2026", "Ditolak: …", "Kedaluwarsa sejak …", "Akan kedaluwarsa …".
/// </summary>
public static class PermitTexts
{
    public static string Kind(IStringLocalizer<PermitResource> text, PermitKind kind) => text["Kind" + kind].Value;

    /// <summary>A halal certificate's last day, as the rest of the site writes dates (WIB days have no time zone).</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The state line; null when there is nothing to say (no number, no photo).</summary>
    public static string? State(IStringLocalizer<PermitResource> text, PermitStatusView permit) => permit.State switch
    {
        PermitStatus.Waiting => text["StateWaiting"].Value,
        PermitStatus.Verified when permit.ExpiresSoon && permit.ExpiresOn is { } until => text["StateExpiresSoon", Day(until)].Value,
        PermitStatus.Verified when permit.DecidedAt is { } at => text["StateVerifiedOn", WibDates.Date(at)].Value,
        PermitStatus.Verified => text["StateVerified"].Value,
        PermitStatus.Refused => text["StateRefused", permit.RefusalReason ?? ""].Value,
        PermitStatus.Expired when permit.ExpiresOn is { } until => text["StateExpiredOn", Day(until)].Value,
        PermitStatus.Expired => text["StateExpired"].Value,
        _ => null,
    };

    /// <summary>The badge tone of a state, as the other status badges use it.</summary>
    public static StatusTone Tone(PermitStatusView permit) => permit.State switch
    {
        PermitStatus.Verified when permit.ExpiresSoon => StatusTone.Warning,
        PermitStatus.Verified => StatusTone.Success,
        PermitStatus.Waiting => StatusTone.Warning,
        PermitStatus.Refused or PermitStatus.Expired => StatusTone.Danger,
        _ => StatusTone.Neutral,
    };
}
