using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using UppkaCatalog.Core.Accounts;
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
    public const long MaxRequestBytes = UploadForm.MaxRequestBytes;

    private const string TooLarge = "Foto lebih dari 15 MB. Pilih foto yang lebih kecil, atau ambil ulang dengan kamera ponsel.";

    // Answers to uploads already done, by the client's Idempotency-Key: a phone that lost the answer
    // and tries again gets the same photo back instead of a second copy. Per server (sessions are sticky).
    private static readonly MemoryCache Receipts = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private static readonly UploadForm.Messages Say = new(
        TooLarge: TooLarge,
        NotAForm: "Kirim foto sebagai formulir (multipart/form-data) dengan isian \"file\".",
        Truncated: "Unggahan terpotong atau lebih dari 15 MB. Unggah lagi satu foto saja.",
        Missing: "Pilih foto untuk diunggah.");

    public static void MapMemberUploadEndpoint(this IEndpointRouteBuilder app) =>
        // Who may upload is checked in the handler rather than with RequireAuthorization: the cookie
        // handler's challenge would be a redirect to the sign-in page, or a bare 401 that the status-code
        // pages re-execute as a POST to the not-found page (which answers 400). The script needs JSON.
        app.MapPost(ManagePaths.PhotoUploadTemplate, UploadAsync)
            // Kestrel stops reading past this; the form limits cover a body sent without a length.
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .ExcludeFromDescription();

    private static async Task<IResult> UploadAsync(int id, HttpContext http, IAntiforgery antiforgery, ProductPhotoService photos, CancellationToken ct)
    {
        // The script reads problem JSON; the HTML not-found page would only hide the message.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
        http.Response.Headers.CacheControl = "no-store";
        // The sign-in cookie (the default scheme), never an API token: this is the editor's own door.
        if (Actor.From(http.User) is not { } actor)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Sesi Anda berakhir. Masuk lagi, lalu unggah fotonya lagi.");
        }

        if (!http.User.IsInRole(Roles.Member))
        {
            return Problem(StatusCodes.Status403Forbidden, "Hanya anggota kelompok yang dapat mengunggah foto produk.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Problem(StatusCodes.Status400BadRequest, "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu unggah fotonya lagi.");
        }

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        var receiptKey = IdempotencyKey().IsMatch(key) ? $"{actor.UserId}|{id}|{key}" : null;
        if (receiptKey is not null && Receipts.TryGetValue(receiptKey, out UploadedPhoto? earlier)) return Ok(earlier!);

        var upload = await UploadForm.ReadAsync(http, Say, ct);
        if (upload is not { Form: { } form, File: { } file }) return Problem(upload.Status, upload.Refusal!);

        try
        {
            await using var stream = file.OpenReadStream();
            var photo = await photos.AddAsync(actor, id, stream, form["altText"].ToString(), ct);
            if (receiptKey is not null) Receipts.Set(receiptKey, photo, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30) });
            return Ok(photo);
        }
        catch (ValidationException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Errors.GetValueOrDefault("file") ?? e.Message);
        }
        catch (NotFoundException e)
        {
            return Problem(StatusCodes.Status404NotFound, e.Message);
        }
        catch (ForbiddenException e)
        {
            return Problem(StatusCodes.Status403Forbidden, e.Message);
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

    private static IResult Problem(int status, string detail) =>
        Results.Problem(statusCode: status, title: status == StatusCodes.Status404NotFound ? "Tidak ditemukan." : "Foto belum diunggah.", detail: detail);

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex IdempotencyKey();
}
