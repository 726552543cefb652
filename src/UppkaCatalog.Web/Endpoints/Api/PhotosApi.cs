using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>Packaging photos: a multipart upload through the hostile-upload pipeline, and delete.</summary>
internal static class PhotosApi
{
    /// <summary>The pipeline takes at most 15 MB of image; a little more for the multipart wrapping.</summary>
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    public const string TooLargeTitle = "Unggahan terlalu besar.";

    // The size named is the one the catalogue stores at most: a larger photo gains nothing on the product page.
    public static readonly string TooLargeMessage =
        $"Unggahan lebih dari 16 MB. Kecilkan fotonya (sisi terpanjang {ImagePipeline.LargestWidth} px sudah cukup), lalu unggah lagi.";

    // One file and an alt text: anything more is not a photo upload.
    private static readonly FormOptions UploadForm = new()
    {
        MultipartBodyLengthLimit = MaxRequestBytes,
        ValueCountLimit = 8,
        ValueLengthLimit = 1024,
        MultipartHeadersLengthLimit = 4096,
    };

    public static void MapPhotosApi(this RouteGroupBuilder member)
    {
        member.MapPost("/products/{id:int}/photos", async (int id, HttpContext http, ProductPhotoService photos, CancellationToken ct) =>
        {
            var request = http.Request;
            if (!request.HasFormContentType)
            {
                return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Jenis isi tidak didukung.",
                    "Kirim foto sebagai multipart/form-data dengan isian \"file\" (dan \"altText\" bila ada).");
            }

            // Refused before a byte is read when the client says up front that it is too big.
            if (request.ContentLength > MaxRequestBytes) return ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, TooLargeTitle, TooLargeMessage);

            http.Features.Set<IFormFeature>(new FormFeature(request, UploadForm));
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (InvalidDataException)
            {
                // Past a form limit (a chunked body sent no length), or multipart that does not parse.
                return ApiProblems.Validation(new Dictionary<string, string> { ["file"] = "Unggahan tidak bisa dibaca: terpotong, rusak, atau lebih dari 16 MB. Unggah lagi satu foto saja." });
            }

            var file = form.Files.GetFile("file") ?? throw new ValidationException("file", "Pilih foto untuk diunggah (isian \"file\").");
            await using var stream = file.OpenReadStream();
            var photo = await photos.AddAsync(http.Caller(), id, stream, form["altText"].ToString(), ct);
            return TypedResults.Created($"/api/v1/products/{id}", PhotoJson.From(photo));
        })
        // Kestrel stops reading past this (the form limits above cover bodies without a length too).
        .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
        // For the API description (ApiDocument): the form is read by hand above, with its own limits.
        .DocumentBody<PhotoUploadForm>("multipart/form-data")
        .Produces<PhotoJson>(StatusCodes.Status201Created)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        member.MapDelete("/products/{id:int}/photos/{photoId:int}", async (int id, int photoId, HttpContext http, ProductPhotoService photos, CancellationToken ct) =>
        {
            await photos.DeleteAsync(http.Caller(), id, photoId, ct);
            return TypedResults.NoContent();
        });
    }
}

/// <summary>The photo upload's form as the API description shows it: <c>file</c> (JPEG, PNG or WebP) and an optional alt text.</summary>
internal sealed record PhotoUploadForm(IFormFile File, string? AltText);
