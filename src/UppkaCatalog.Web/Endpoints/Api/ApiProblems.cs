using Microsoft.AspNetCore.Diagnostics;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// Every API error as RFC 7807 problem details with Indonesian text, in one place: the services'
/// refusals, the API's own (no token, wrong role, unreadable body) and anything unexpected.
/// </summary>
internal static class ApiProblems
{
    /// <summary>Field messages as a validation problem: 400, or the status a call's contract names (422 for a programme application).</summary>
    public static IResult Validation(IReadOnlyDictionary<string, string> errors, string? detail = null, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(statusCode: status,
            detail: detail ?? (errors.Count == 1 ? errors.First().Value : "Periksa kembali isian yang ditandai."),
            title: ServiceProblems.TitleOf<ValidationException>(),
            extensions: new Dictionary<string, object?> { ["errors"] = errors.ToDictionary(e => e.Key, e => new[] { e.Value }) });

    public static IResult Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, "Belum masuk.",
            "Sertakan token dari POST /api/auth/login di header Authorization: Bearer <token>. Token berlaku 8 jam; setelah itu masuk lagi.");
    }

    public static IResult Forbidden(string detail = "Akun Anda tidak berhak memakai alamat ini.") =>
        Problem(StatusCodes.Status403Forbidden, ServiceProblems.TitleOf<ForbiddenException>(), detail);

    public static IResult NotFound(string detail = "Alamat API ini tidak ada. Periksa jalur dan metodenya.") =>
        Problem(StatusCodes.Status404NotFound, ServiceProblems.TitleOf<NotFoundException>(), detail);

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    /// <summary>A service's refusal, as the status a client can act on (the table is <see cref="ServiceProblems"/>).</summary>
    public static IResult From(ServiceException e)
    {
        if (e is ValidationException v) return Validation(v.Errors, v.Message);
        var (status, title) = ServiceProblems.Of(e);
        return Problem(status, title, e.Message);
    }

    /// <summary>Applied to the whole <c>/api</c> group.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        // A JSON client gets problem details, never the HTML not-found page the status-code middleware renders.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        // Answers carry tokens and a group's unpublished listings: no cache may keep them.
        http.Response.Headers.CacheControl = "no-store";
        try
        {
            return await next(context);
        }
        catch (ServiceException e)
        {
            return From(e);
        }
        catch (ApiRequestException e)
        {
            return e.Result;
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own refusals while reading the body, e.g. past the request size limit (413).
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problem(e.StatusCode, PhotosApi.TooLargeTitle, PhotosApi.TooLargeMessage)
                : Problem(e.StatusCode, "Permintaan tidak bisa dibaca.", "Permintaan terputus atau rusak. Kirim ulang.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged in full here; the client gets no stack trace, in any environment.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("UppkaCatalog.Web.Api")
                .LogError(e, "API request {Method} {Path} failed", http.Request.Method, http.Request.Path);
            return Problem(StatusCodes.Status500InternalServerError, "Terjadi kesalahan di server.",
                "Permintaan Anda belum diproses. Coba lagi sebentar lagi; bila tetap gagal, hubungi staf BKKBN.");
        }
    }
}

/// <summary>A request the API refuses before any service sees it (unreadable body, wrong content type).</summary>
internal sealed class ApiRequestException(IResult result) : Exception("The API refused the request.")
{
    public IResult Result { get; } = result;
}
