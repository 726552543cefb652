using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// What the two cookie-signed upload doors (<see cref="MemberUploadEndpoint"/>, <see cref="BoothBannerUploadEndpoint"/>)
/// share: JSON answers only, a signed-in member with a valid antiforgery token, the one <see cref="UploadForm"/>
/// reader, and service refusals answered through <see cref="ServiceProblems"/>. Every answer is a problem whose
/// <c>detail</c> is the Indonesian sentence <c>/js/photo-upload.js</c> shows; the words are the door's own.
/// </summary>
/// <param name="title">The title of every refusal.</param>
/// <param name="notFoundTitle">A different title for 404, when the door had one before the doors shared this.</param>
internal sealed class UploadDoor(string title, UploadDoor.Words say, string? notFoundTitle = null)
{
    /// <summary>The door's sentence for each refusal it makes itself.</summary>
    public sealed record Words(string SessionEnded, string NotAMember, string StalePage, string TooLarge, string NotAForm, string Unreadable, string NoFile);

    /// <summary>Who may pass, or the answer to anyone who may not.</summary>
    public sealed record Admission(Actor? Actor, IResult? Refusal);

    public sealed record Upload(IFormCollection? Form, IFormFile? File, IResult? Refusal);

    /// <summary>
    /// Checked in the handler rather than with RequireAuthorization: the cookie handler's challenge would be a redirect
    /// to the sign-in page, or a bare 401 that the status-code pages re-execute as a POST to the not-found page (400).
    /// </summary>
    public async Task<Admission> AdmitAsync(HttpContext http, IAntiforgery antiforgery)
    {
        // The script reads problem JSON; the HTML not-found page would only hide the message.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        http.Response.Headers.CacheControl = "no-store";
        // The sign-in cookie (the default scheme), never an API token: these are the editor's own doors.
        if (Actor.From(http.User) is not { } actor) return Refuse(StatusCodes.Status401Unauthorized, say.SessionEnded);
        if (!http.User.IsInRole(Roles.Member)) return Refuse(StatusCodes.Status403Forbidden, say.NotAMember);
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Refuse(StatusCodes.Status400BadRequest, say.StalePage);
        }

        return new Admission(actor, null);
    }

    public async Task<Upload> ReadAsync(HttpContext http, CancellationToken ct)
    {
        var read = await UploadForm.ReadAsync(http, ct);
        return read.Refused switch
        {
            null => new Upload(read.Form, read.File, null),
            UploadForm.Refusal.TooLarge => Refused(StatusCodes.Status413PayloadTooLarge, say.TooLarge),
            UploadForm.Refusal.NotAForm => Refused(StatusCodes.Status400BadRequest, say.NotAForm),
            UploadForm.Refusal.Unreadable => Refused(StatusCodes.Status400BadRequest, say.Unreadable),
            _ => Refused(StatusCodes.Status400BadRequest, say.NoFile),
        };
    }

    /// <summary>A service's refusal; for a rejected input the message of <paramref name="field"/> (the one the page shows beside the image).</summary>
    public IResult Refused(ServiceException e, string field) =>
        Problem(ServiceProblems.Of(e).Status, e is ValidationException v ? v.Errors.GetValueOrDefault(field) ?? e.Message : e.Message);

    public IResult Problem(int status, string detail) =>
        Results.Problem(statusCode: status, title: status == StatusCodes.Status404NotFound ? notFoundTitle ?? title : title, detail: detail);

    private Admission Refuse(int status, string detail) => new(null, Problem(status, detail));

    private Upload Refused(int status, string detail) => new(null, null, Problem(status, detail));
}
