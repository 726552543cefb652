using Microsoft.AspNetCore.Http.Features;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// The multipart form of a member's upload (photo or banner), read with tight limits: one <c>file</c> of at
/// most 15 MB and a few small fields. A refusal comes back as a status and the message the page shows.
/// </summary>
internal static class UploadForm
{
    /// <summary>The pipeline takes at most 15 MB of image; the rest is room for the multipart wrapping.</summary>
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    private static readonly FormOptions Limits = new()
    {
        MultipartBodyLengthLimit = MaxRequestBytes,
        ValueCountLimit = 4,
        ValueLengthLimit = 1024,
        MultipartHeadersLengthLimit = 4096,
    };

    /// <summary>What to tell the member in each case, in the words of the upload at hand.</summary>
    public sealed record Messages(string TooLarge, string NotAForm, string Truncated, string Missing);

    public sealed record Result(IFormCollection? Form, IFormFile? File, int Status, string? Refusal);

    public static async Task<Result> ReadAsync(HttpContext http, Messages say, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxRequestBytes) return Refused(StatusCodes.Status413PayloadTooLarge, say.TooLarge);
        if (!http.Request.HasFormContentType) return Refused(StatusCodes.Status400BadRequest, say.NotAForm);
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits));
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return Refused(StatusCodes.Status400BadRequest, say.Truncated);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, say.TooLarge);
        }

        return form.Files.GetFile("file") is { } file
            ? new Result(form, file, StatusCodes.Status200OK, null)
            : Refused(StatusCodes.Status400BadRequest, say.Missing);
    }

    private static Result Refused(int status, string message) => new(null, null, status, message);
}
