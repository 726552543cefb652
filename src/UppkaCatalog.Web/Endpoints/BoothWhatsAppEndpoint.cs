using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// <c>GET /pameran/{slug}/stan/{groupSlug}/whatsapp</c>: the booth's WhatsApp button. Counts the tap, then sends the
/// buyer on to the group's <c>wa.me</c> link with a message naming the booth — a plain link and a 302, so it works
/// without JavaScript. 404 when the booth is not an accepted booth of a public exhibition or the group has no number.
/// Never cached (each tap must reach the counter) and never indexed.
/// </summary>
internal static class BoothWhatsAppEndpoint
{
    public static void MapBoothWhatsAppEndpoint(this IEndpointRouteBuilder app) =>
        // HEAD too (link checkers): answered like GET, never counted.
        app.MapMethods(ExhibitionPaths.List + "/{slug}/stan/{groupSlug}/whatsapp", [HttpMethods.Get, HttpMethods.Head], RedirectAsync)
            .ExcludeFromDescription();

    private static async Task<IResult> RedirectAsync(string slug, string groupSlug, HttpContext http, BoothWhatsAppService booths,
        VisitRecorder recorder, PublicUrls urls, IStringLocalizer<StatsResource> statsText, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var booth = await booths.FindAsync(slug, groupSlug, ct);
        if (booth is null) return Results.NotFound();
        if (VisitCounting.IsBuyer(http)) recorder.RecordWhatsApp(VisitCounting.Visitor(http), booth.BoothId);
        var boothUrl = urls.Absolute(http.Request, BoothPaths.Booth(slug, groupSlug));
        var message = statsText["WhatsAppBoothMessage", booth.GroupName, booth.BoothNumber ?? "", booth.ExhibitionTitle, boothUrl].Value;
        return Results.Redirect(PhoneNumber.WhatsAppLink(booth.WhatsApp, message));
    }
}
