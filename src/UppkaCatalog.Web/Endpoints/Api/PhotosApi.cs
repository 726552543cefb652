using Microsoft.AspNetCore.Mvc;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>Packaging photos: a multipart upload through the hostile-upload pipeline, and delete.</summary>
internal static class PhotosApi
{
    public const string TooLargeTitle = "Unggahan terlalu besar.";

    // The size named is the one the catalogue stores at most: a larger photo gains nothing on the product page.
    public static readonly string TooLargeMessage =
        $"Unggahan lebih dari 16 MB. Kecilkan fotonya (sisi terpanjang {ImagePipeline.LargestWidth} px sudah cukup), lalu unggah lagi.";

    public static void MapPhotosApi(this RouteGroupBuilder member)
    {
        member.MapPost("/products/{id:int}/photos", async (int id, HttpContext http, ProductPhotoService photos, CancellationToken ct) =>
        {
            var upload = await UploadForm.ReadAsync(http, ct);
            if (upload is not { Form: { } form, File: { } file }) return Refused(upload.Refused);
            await using var stream = file.OpenReadStream();
            var photo = await photos.AddAsync(http.Caller(), id, stream, form["altText"].ToString(), ct);
            return TypedResults.Created($"/api/v1/products/{id}", PhotoJson.From(photo));
        })
        // Kestrel stops reading past this (the form limits cover bodies without a length too).
        .WithMetadata(new RequestSizeLimitAttribute(UploadForm.MaxRequestBytes))
        // For the API description (ApiDocument): the form is read by the shared reader above, with its own limits.
        .DocumentBody<PhotoUploadForm>("multipart/form-data")
        .Produces<PhotoJson>(StatusCodes.Status201Created)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        member.MapDelete("/products/{id:int}/photos/{photoId:int}", async (int id, int photoId, HttpContext http, ProductPhotoService photos, CancellationToken ct) =>
        {
            await photos.DeleteAsync(http.Caller(), id, photoId, ct);
            return TypedResults.NoContent();
        });
    }

    // The API's own words and codes for a form the shared reader refused.
    private static IResult Refused(UploadForm.Refusal? why) => why switch
    {
        UploadForm.Refusal.TooLarge => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, TooLargeTitle, TooLargeMessage),
        UploadForm.Refusal.NotAForm => ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Jenis isi tidak didukung.",
            "Kirim foto sebagai multipart/form-data dengan isian \"file\" (dan \"altText\" bila ada)."),
        UploadForm.Refusal.Unreadable => ApiProblems.Validation(new Dictionary<string, string>
        {
            ["file"] = "Unggahan tidak bisa dibaca: terpotong, rusak, atau lebih dari 16 MB. Unggah lagi satu foto saja.",
        }),
        _ => ApiProblems.Validation(new Dictionary<string, string> { ["file"] = "Pilih foto untuk diunggah (isian \"file\")." }),
    };
}

/// <summary>The photo upload's form as the API description shows it: <c>file</c> (JPEG, PNG or WebP) and an optional alt text.</summary>
internal sealed record PhotoUploadForm(IFormFile File, string? AltText);
