using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Web.Paths;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// Certificate photos (issue 16), private. <c>GET /izin/{productId}/{kind}/foto</c> serves the photo to the product's
/// group's members and staff (sign-in cookie); anyone else — anonymous, another group, a partner officer, a wrong kind or
/// product — gets the same bare 404, so a guessed URL says nothing. Never cached by a shared cache, never under
/// <c>/media</c> (which refuses the <c>cert/</c> keys). <c>POST /kelola/unggah/produk/{id}/izin/{kind}/foto</c>: a member
/// adds or replaces it (multipart <c>file</c>, antiforgery header), as the product photo upload.
/// </summary>
internal static class PermitCertificateEndpoint
{
    private static readonly UploadDoor Door = new("Foto sertifikat belum diunggah.", new UploadDoor.Words(
        SessionEnded: "Sesi Anda berakhir. Masuk lagi, lalu unggah fotonya lagi.",
        NotAMember: "Hanya anggota kelompok yang dapat mengunggah foto sertifikat.",
        StalePage: "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu unggah fotonya lagi.",
        TooLarge: "Foto lebih dari 15 MB. Pilih foto yang lebih kecil, atau ambil ulang dengan kamera ponsel.",
        NotAForm: "Kirim foto sebagai formulir (multipart/form-data) dengan isian \"file\".",
        Unreadable: "Unggahan terpotong atau lebih dari 15 MB. Unggah lagi satu foto saja.",
        NoFile: "Pilih foto sertifikat untuk diunggah."),
        notFoundTitle: ServiceProblems.TitleOf<NotFoundException>());

    public static void MapPermitCertificateEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(PermitPaths.CertificateTemplate, async (int productId, string kind, HttpContext http, PermitService permits) =>
        {
            // A bare 404 for everyone who may not see it: no HTML page that would differ from a missing photo.
            if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
            http.Response.Headers.CacheControl = "private, no-store";
            if (PermitRules.ParseKind(kind) is not { } permit) return Results.NotFound();
            try
            {
                var file = await permits.OpenCertificateAsync(Actor.From(http.User), productId, permit, http.RequestAborted);
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Stream(file.Content, file.ContentType, entityTag: new EntityTagHeaderValue(file.ETag));
            }
            catch (NotFoundException)
            {
                return Results.NotFound();
            }
        }).ExcludeFromDescription();

        app.MapPost(PermitPaths.CertificateUploadTemplate, UploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(UploadForm.MaxRequestBytes))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> UploadAsync(int productId, string kind, HttpContext http, IAntiforgery antiforgery, PermitService permits, CancellationToken ct)
    {
        var admission = await Door.AdmitAsync(http, antiforgery);
        if (admission.Actor is not { } actor) return admission.Refusal!;
        if (PermitRules.ParseKind(kind) is not { } permit) return Door.Refused(new NotFoundException(), "file");
        var upload = await Door.ReadAsync(http, ct);
        if (upload is not { File: { } file }) return upload.Refusal!;
        try
        {
            await using var stream = file.OpenReadStream();
            var view = await permits.AddCertificateAsync(actor, productId, permit, stream, ct);
            return Results.Json(new { Kind = PermitRules.Word(view.Kind), view.HasCertificate, Url = PermitPaths.Certificate(productId, view.Kind) });
        }
        catch (ServiceException e)
        {
            return Door.Refused(e, "file");
        }
    }
}
