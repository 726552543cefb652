using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// <c>POST /kelola/unggah/pameran/{exhibitionId}/spanduk</c>: the booth banner upload (multipart field <c>file</c>),
/// sent by <c>/js/photo-upload.js</c> exactly as product photos are (see <see cref="MemberUploadEndpoint"/>):
/// sign-in cookie, antiforgery token in a header, JSON answers whose <c>detail</c> the page shows. Sending the same
/// banner twice after a lost answer only replaces it with itself, so no idempotency receipts are kept.
/// The address carries <c>?versi=</c>, the booth version the page showed: a booth changed since (a staff decision,
/// another member's save) answers 409 with the service's message, and nothing is stored.
/// </summary>
internal static class BoothBannerUploadEndpoint
{
    private static readonly UploadDoor Door = new("Spanduk belum diunggah.", new UploadDoor.Words(
        SessionEnded: "Sesi Anda berakhir. Masuk lagi, lalu unggah spanduknya lagi.",
        NotAMember: "Hanya pengurus kelompok yang dapat mengunggah spanduk stan.",
        StalePage: "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu unggah spanduknya lagi.",
        TooLarge: "Gambar lebih dari 15 MB. Pilih gambar yang lebih kecil.",
        NotAForm: "Kirim gambar sebagai formulir (multipart/form-data) dengan isian \"file\".",
        Unreadable: "Unggahan terpotong atau lebih dari 15 MB. Unggah lagi.",
        NoFile: "Pilih gambar spanduk untuk diunggah."));

    public static void MapBoothBannerUploadEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(ManagePaths.BannerUploadTemplate, UploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(UploadForm.MaxRequestBytes))
            .ExcludeFromDescription();

    private static async Task<IResult> UploadAsync(int exhibitionId, [FromQuery(Name = "versi")] string? version, HttpContext http, IAntiforgery antiforgery,
        BoothApplicationService booths, CancellationToken ct)
    {
        var admission = await Door.AdmitAsync(http, antiforgery);
        if (admission.Actor is not { } actor) return admission.Refusal!;

        if (!Guid.TryParse(version, out var expectedVersion))
        {
            return Door.Problem(StatusCodes.Status400BadRequest, "Alamat unggahan tidak menyebut versi stan. Muat ulang halaman, lalu unggah spanduknya lagi.");
        }

        var upload = await Door.ReadAsync(http, ct);
        if (upload.File is not { } file) return upload.Refusal!;
        try
        {
            await using var stream = file.OpenReadStream();
            var view = await booths.ReplaceBannerAsync(actor, exhibitionId, stream, expectedVersion, ct);
            return Results.Json(new { id = view.Booth!.BoothId });
        }
        catch (ServiceException e)
        {
            return Door.Refused(e, "banner");
        }
    }
}
