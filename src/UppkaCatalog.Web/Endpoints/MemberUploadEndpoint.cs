using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Endpoints;

/// <summary>
/// <c>POST /kelola/unggah/produk/{id}/foto</c>: the member editor's photo upload (multipart field
/// <c>file</c>), sent by <c>/js/photo-upload.js</c> with the sign-in cookie and an antiforgery
/// token in a header. A plain HTTP request rather than the circuit, so an upload survives the
/// circuit reconnecting and reports its own progress. Answers JSON, or a problem whose
/// <c>detail</c> is the Indonesian message the page shows beside the photo.
/// </summary>
internal static partial class MemberUploadEndpoint
{
    // Answers to uploads already done, by the client's Idempotency-Key: a phone that lost the answer
    // and tries again gets the same photo back instead of a second copy. Per server (sessions are sticky).
    private static readonly MemoryCache Receipts = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private static readonly UploadDoor Door = new("Foto belum diunggah.", new UploadDoor.Words(
        SessionEnded: "Sesi Anda berakhir. Masuk lagi, lalu unggah fotonya lagi.",
        NotAMember: "Hanya anggota kelompok yang dapat mengunggah foto produk.",
        StalePage: "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu unggah fotonya lagi.",
        TooLarge: "Foto lebih dari 15 MB. Pilih foto yang lebih kecil, atau ambil ulang dengan kamera ponsel.",
        NotAForm: "Kirim foto sebagai formulir (multipart/form-data) dengan isian \"file\".",
        Unreadable: "Unggahan terpotong atau lebih dari 15 MB. Unggah lagi satu foto saja.",
        NoFile: "Pilih foto untuk diunggah."),
        notFoundTitle: ServiceProblems.TitleOf<NotFoundException>());

    public static void MapMemberUploadEndpoint(this IEndpointRouteBuilder app) =>
        // Who may upload is checked in the handler (UploadDoor.AdmitAsync says why): the script needs JSON.
        app.MapPost(ManagePaths.PhotoUploadTemplate, UploadAsync)
            // Kestrel stops reading past this; the form limits cover a body sent without a length.
            .WithMetadata(new RequestSizeLimitAttribute(UploadForm.MaxRequestBytes))
            .ExcludeFromDescription();

    private static async Task<IResult> UploadAsync(int id, HttpContext http, IAntiforgery antiforgery, ProductPhotoService photos, CancellationToken ct)
    {
        var admission = await Door.AdmitAsync(http, antiforgery);
        if (admission.Actor is not { } actor) return admission.Refusal!;

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        var receiptKey = IdempotencyKey().IsMatch(key) ? $"{actor.UserId}|{id}|{key}" : null;
        if (receiptKey is not null && Receipts.TryGetValue(receiptKey, out UploadedPhoto? earlier)) return Ok(earlier!);

        var upload = await Door.ReadAsync(http, ct);
        if (upload is not { Form: { } form, File: { } file }) return upload.Refusal!;

        try
        {
            await using var stream = file.OpenReadStream();
            var photo = await photos.AddAsync(actor, id, stream, form["altText"].ToString(), ct);
            if (receiptKey is not null) Receipts.Set(receiptKey, photo, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) });
            return Ok(photo);
        }
        catch (ServiceException e)
        {
            return Door.Refused(e, "file");
        }
    }

    private static IResult Ok(UploadedPhoto p) => Results.Json(new
    {
        p.Id,
        p.SortOrder,
        p.AltText,
        p.Width,
        p.Height,
        Variants = p.Variants.Select(v => new { v.Width, v.Height, v.Format, Url = "/media/" + v.Key }),
    });

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex IdempotencyKey();
}
