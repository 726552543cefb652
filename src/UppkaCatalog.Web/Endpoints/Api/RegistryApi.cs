using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UppkaCatalog.Core.Groups.Import;
using UppkaCatalog.Web.Resources;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// The registry import for staff tools: <c>POST /api/v1/staff/groups/import?dryRun=true|false</c> with the spreadsheet
/// (CSV or XLSX) in the multipart field <c>file</c>. A dry run (the default) says what importing would do and writes
/// nothing, as the page's preview; <c>dryRun=false</c> writes the valid rows in one transaction and reports the refused
/// ones. A file refused as a whole (not a spreadsheet, no header row…) is a 400 problem naming <c>file</c>; 10 MB or
/// more is a 413.
/// </summary>
internal static class RegistryApi
{
    private const long MaxRequestBytes = RegistryImportService.MaxBytes + UploadForm.FormOverheadBytes;

    public static void MapRegistryApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/groups/import", async (string? dryRun, HttpContext http, RegistryImportService import,
            IStringLocalizer<ImportResource> importText, CancellationToken ct) =>
        {
            var dry = DryRun(dryRun, importText);
            var upload = await UploadForm.ReadAsync(http, MaxRequestBytes, ct);
            if (upload.File?.Length >= RegistryImportService.MaxBytes) return TooLarge();
            if (upload is not { File: { } file }) return Refused(upload.Refused, importText);
            await using var stream = file.OpenReadStream();
            return TypedResults.Ok(ImportResultJson.From(await import.ImportAsync(http.Caller(), stream, dry, ct)));
        })
        .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
        .DocumentBody<RegistryUploadForm>("multipart/form-data")
        .Produces<ImportResultJson>()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static bool DryRun(string? value, IStringLocalizer<ImportResource> importText) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "true" => true,
        "false" => false,
        _ => throw new Core.Common.ValidationException("dryRun", importText["DryRunInvalid"]),
    };

    // The API's own words and codes for a form the shared reader refused (as the photo upload's).
    private static IResult Refused(UploadForm.Refusal? why, IStringLocalizer<ImportResource> importText) => why switch
    {
        UploadForm.Refusal.TooLarge => TooLarge(),
        UploadForm.Refusal.NotAForm => ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Jenis isi tidak didukung.", importText["NoFile"]),
        _ => ApiProblems.Validation(new Dictionary<string, string> { ["file"] = importText["NoFile"] }),
    };

    private static IResult TooLarge() =>
        ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, PhotosApi.TooLargeTitle, ImportMessages.FileTooLarge(RegistryImportService.MaxBytes / (1024 * 1024)));
}

/// <summary>The import's form as the API description shows it: <c>file</c>, a CSV (UTF-8, comma or semicolon) or XLSX.</summary>
internal sealed record RegistryUploadForm(IFormFile File);

internal sealed record ImportErrorJson(int Row, string Column, string Message);

/// <summary>What an import did, or for a dry run would do; <c>errors</c> lists every refusal with its row and the file's column header.</summary>
internal sealed record ImportResultJson(int Rows, int Created, int Updated, int Unchanged, int Refused, IReadOnlyList<ImportErrorJson> Errors)
{
    public static ImportResultJson From(ImportResult r) =>
        new(r.Rows, r.Created, r.Updated, r.Unchanged, r.Refused, r.Errors.Select(e => new ImportErrorJson(e.Row, e.Column, e.Message)).ToList());
}
