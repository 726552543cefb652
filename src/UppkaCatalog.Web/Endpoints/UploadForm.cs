using Microsoft.AspNetCore.Http.Features;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// Reads the multipart form of every upload (the editor's photo, the booth banner, the API's photo, the API's registry
/// spreadsheet) with one set of tight limits: one <c>file</c> of at most 15 MB (or the size a door names) and a few
/// small fields. Says which way a form was refused; each door words and codes that refusal for its own clients.
/// </summary>
internal static class UploadForm
{
    /// <summary>The pipeline takes at most 15 MB of image; the rest is room for the multipart wrapping.</summary>
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    /// <summary>What a form needs besides its file: the multipart wrapping and a few small fields.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    // One file, an alt text and room to spare: anything more is not an upload.
    private static FormOptions Limits(long maxRequestBytes) => new()
    {
        MultipartBodyLengthLimit = maxRequestBytes,
        ValueCountLimit = 4,
        ValueLengthLimit = 1024,
        MultipartHeadersLengthLimit = 4096,
    };

    public enum Refusal
    {
        /// <summary>Longer than <see cref="MaxRequestBytes"/>, said up front or found while reading.</summary>
        TooLarge,

        /// <summary>Not a form at all (e.g. JSON).</summary>
        NotAForm,

        /// <summary>Past a form limit (a body sent without a length), or multipart that does not parse.</summary>
        Unreadable,

        /// <summary>A form without a <c>file</c>.</summary>
        NoFile,
    }

    public sealed record Result(IFormCollection? Form, IFormFile? File, Refusal? Refused);

    public static Task<Result> ReadAsync(HttpContext http, CancellationToken ct) => ReadAsync(http, MaxRequestBytes, ct);

    /// <summary>A form of at most <paramref name="maxRequestBytes"/> in all (the door's own RequestSizeLimit should say the same).</summary>
    public static async Task<Result> ReadAsync(HttpContext http, long maxRequestBytes, CancellationToken ct)
    {
        // Refused before a byte is read when the client says up front that it is too big.
        if (http.Request.ContentLength > maxRequestBytes) return Refused(Refusal.TooLarge);
        if (!http.Request.HasFormContentType) return Refused(Refusal.NotAForm);
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits(maxRequestBytes)));
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return Refused(Refusal.Unreadable);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's request size limit (the endpoint's RequestSizeLimit), hit by a body sent without a length.
            return Refused(Refusal.TooLarge);
        }

        return form.Files.GetFile("file") is { } file ? new Result(form, file, null) : new Result(form, null, Refusal.NoFile);
    }

    private static Result Refused(Refusal why) => new(null, null, why);
}
