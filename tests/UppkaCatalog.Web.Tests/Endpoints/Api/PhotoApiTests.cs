using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

[Collection(ApiAppCollection.Name)]
public sealed class PhotoApiTests(AppFactory app)
{
    public static TheoryData<string, byte[], string, string> HostileFiles => new()
    {
        { "text named .jpg", "Ini bukan foto, hanya teks biasa yang diberi nama .jpg\n"u8.ToArray(), "x.jpg", "Format foto tidak didukung. Kirim foto JPEG, PNG atau WebP." },
        { "iPhone HEIC", TestImages.HeicHeader(), "IMG_0001.jpg", "Foto HEIC belum didukung." },
        { "empty file", [], "kosong.jpg", "File foto kosong (0 byte)" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Hostile_upload_is_a_400_with_the_Indonesian_message_and_leaves_no_file_and_no_row(string kind, byte[] bytes, string fileName, string message)
    {
        using var member = await SignedInAsync(app, Member(6));
        var id = (await CreateAsync(member, new { name = UniqueName("Produk unggahan " + kind) })).GetProperty("id").GetInt32();
        var files = MediaFiles(app);
        var rows = await app.QueryAsync(db => db.ProductPhotos.CountAsync(Ct));

        using var response = await UploadAsync(member, id, bytes, fileName);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith(message, FieldError(problem, "file"));
        Assert.StartsWith(message, problem.GetProperty("detail").GetString());
        Assert.Equal(files, MediaFiles(app));
        Assert.Equal(rows, await app.QueryAsync(db => db.ProductPhotos.CountAsync(Ct)));
        Assert.Equal(0, (await JsonAsync(await member.GetAsync($"/api/v1/products/{id}", Ct))).GetProperty("photos").GetArrayLength());
    }

    [Fact]
    public async Task Request_over_16_MB_is_a_413_problem_before_anything_is_stored()
    {
        using var member = await SignedInAsync(app, Member(6));
        var id = (await CreateAsync(member, new { name = UniqueName("Produk foto besar") })).GetProperty("id").GetInt32();
        var files = MediaFiles(app);
        var big = new byte[17 * 1024 * 1024];
        big[0] = 0xFF;
        big[1] = 0xD8;
        big[2] = 0xFF;

        using var response = await UploadAsync(member, id, big, "besar.jpg");

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("16 MB", problem.GetProperty("detail").GetString());
        Assert.Equal(files, MediaFiles(app));
    }

    [Fact]
    public async Task Upload_without_a_file_field_is_a_400_naming_the_field()
    {
        using var member = await SignedInAsync(app, Member(6));
        var id = (await CreateAsync(member, new { name = UniqueName("Produk tanpa file") })).GetProperty("id").GetInt32();
        using var form = new MultipartFormDataContent { { new StringContent("hanya teks"), "altText" } };

        using var response = await member.PostAsync($"/api/v1/products/{id}/photos", form, Ct);

        Assert.Contains("\"file\"", FieldError(await ProblemAsync(response, HttpStatusCode.BadRequest), "file"));
    }

    [Fact]
    public async Task Upload_as_JSON_instead_of_multipart_is_a_415_problem()
    {
        using var member = await SignedInAsync(app, Member(6));
        var id = (await CreateAsync(member, new { name = UniqueName("Produk salah jenis") })).GetProperty("id").GetInt32();

        using var response = await member.PostAsJsonAsync($"/api/v1/products/{id}/photos", new { file = "base64..." }, Ct);

        Assert.Contains("multipart/form-data", (await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Every_upload_refusal_keeps_its_status_title_and_words()
    {
        using var member = await SignedInAsync(app, Member(6));
        using var other = await SignedInAsync(app, Member(5));
        var id = (await CreateAsync(member, new { name = UniqueName("Produk penolakan") })).GetProperty("id").GetInt32();
        var theirs = (await CreateAsync(other, new { name = UniqueName("Produk kelompok lain") })).GetProperty("id").GetInt32();
        HttpRequestMessage Post(int product, HttpContent content) => new(HttpMethod.Post, $"/api/v1/products/{product}/photos") { Content = content };
        var tooMany = new MultipartFormDataContent();
        for (var i = 0; i < 9; i++) tooMany.Add(new StringContent("x"), $"isian{i}");
        var photo = new MultipartFormDataContent { { new ByteArrayContent(TestImages.HeicHeader()), "file", "foto.jpg" } };

        Assert.Equal((415, "Jenis isi tidak didukung.", "Kirim foto sebagai multipart/form-data dengan isian \"file\" (dan \"altText\" bila ada)."),
            await ProblemAnswers.SendAsync(member, Post(id, JsonContent.Create(new { file = "base64..." }))));
        Assert.Equal((400, "Isian belum benar.", "Pilih foto untuk diunggah (isian \"file\")."),
            await ProblemAnswers.SendAsync(member, Post(id, new MultipartFormDataContent { { new StringContent("teks"), "altText" } })));
        Assert.Equal((400, "Isian belum benar.", "Unggahan tidak bisa dibaca: terpotong, rusak, atau lebih dari 16 MB. Unggah lagi satu foto saja."),
            await ProblemAnswers.SendAsync(member, Post(id, tooMany)));
        Assert.Equal((404, "Tidak ditemukan.", "Produk tidak ditemukan."), await ProblemAnswers.SendAsync(member, Post(theirs, photo)));
        var (status, title, detail) = await ProblemAnswers.SendAsync(member, Post(id, new ByteArrayContent(new byte[17 * 1024 * 1024]) { Headers = { { "Content-Type", "multipart/form-data; boundary=x" } } }));
        Assert.Equal((413, "Unggahan terlalu besar."), (status, title));
        Assert.StartsWith("Unggahan lebih dari 16 MB. Kecilkan fotonya", detail);
    }

    [Fact]
    public async Task Deleting_a_photo_is_a_204_and_removes_its_row_and_files()
    {
        using var member = await SignedInAsync(app, Member(6));
        var id = (await CreateAsync(member, new { name = UniqueName("Produk hapus foto") })).GetProperty("id").GetInt32();
        var before = MediaFiles(app);
        using var upload = await UploadAsync(member, id, TestImages.PhoneJpegWithGps(900, 600, upright: false), "hapus.jpg");
        var photo = await JsonAsync(upload);
        var photoId = photo.GetProperty("id").GetInt32();
        var added = MediaFiles(app).Except(before).ToList();
        Assert.Equal(photo.GetProperty("variants").GetArrayLength(), added.Count);

        using var deleted = await member.DeleteAsync($"/api/v1/products/{id}/photos/{photoId}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(before, MediaFiles(app));
        Assert.False(await app.QueryAsync(db => db.ProductPhotos.AnyAsync(p => p.Id == photoId, Ct)));
        using var anonymous = Anonymous(app);
        using var gone = await anonymous.GetAsync(photo.GetProperty("variants")[0].GetProperty("url").GetString(), Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await member.DeleteAsync($"/api/v1/products/{id}/photos/{photoId}", Ct);
        await ProblemAsync(again, HttpStatusCode.NotFound);
    }
}
