using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// <c>POST /kelola/unggah/produk/{productId}/izin/{kind}/foto</c>: a certificate photo of one permit (issue 16), multipart
/// field <c>file</c>, sent by <c>/js/photo-upload.js</c> exactly as product photos are (see <see cref="MemberUploadEndpoint"/>):
/// sign-in cookie, antiforgery token in a header, JSON answers whose <c>detail</c> the page shows. The service puts the
/// upload through the image pipeline and stores it privately; sending it twice after a lost answer only replaces it
/// with itself, so no idempotency receipts are kept. Another group's product, or a kind that is not pirt/halal/bpom, is 404.
/// </summary>
internal static class PermitCertificateUploadEndpoint
{
    private static readonly UploadDoor Door = new("Foto sertifikat belum diunggah.", new UploadDoor.Words(
        SessionEnded: "Sesi Anda berakhir. Masuk lagi, lalu unggah foto sertifikatnya lagi.",
        NotAMember: "Hanya anggota kelompok yang dapat mengunggah foto sertifikat.",
        StalePage: "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu unggah foto sertifikatnya lagi.",
        TooLarge: "Foto lebih dari 15 MB. Pilih foto yang lebih kecil, atau ambil ulang dengan kamera ponsel.",
        NotAForm: "Kirim foto sebagai formulir (multipart/form-data) dengan isian \"file\".",
        Unreadable: "Unggahan terpotong atau lebih dari 15 MB. Unggah lagi.",
        NoFile: "Pilih foto sertifikat untuk diunggah."),
        notFoundTitle: ServiceProblems.TitleOf<NotFoundException>());

    public static void MapPermitCertificateUploadEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(PermitPaths.CertificateUploadTemplate, UploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(UploadForm.MaxRequestBytes))
            .ExcludeFromDescription();

    private static async Task<IResult> UploadAsync(int productId, string kind, HttpContext http, IAntiforgery antiforgery, PermitService permits, CancellationToken ct)
    {
        var admission = await Door.AdmitAsync(http, antiforgery);
        if (admission.Actor is not { } actor) return admission.Refusal!;
        if (PermitRules.ParseKind(kind) is not { } permit) return Door.Problem(StatusCodes.Status404NotFound, "Izin ini tidak ada. Muat ulang halaman.");

        var upload = await Door.ReadAsync(http, ct);
        if (upload.File is not { } file) return upload.Refusal!;
        try
        {
            await using var stream = file.OpenReadStream();
            await permits.AddCertificateAsync(actor, productId, permit, stream, ct);
            return Results.Json(new { id = productId });
        }
        catch (ServiceException e)
        {
            return Door.Refused(e, "file");
        }
    }
}
