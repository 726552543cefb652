using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>
/// <c>POST /kelola/unggah/pameran/{exhibitionId}/spanduk</c> over real HTTP, as photo-upload.js sends it: the
/// booth of the signed-in member's group gets the banner; anything else is refused with a message the page shows.
/// Works as the fourth demo member, whose group has an accepted booth in the ongoing demo exhibition. The address
/// carries <c>?versi=</c>, the booth version the page showed; a stale one answers 409.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class BoothBannerUploadEndpointTests(AppFactory app)
{
    private const int MemberNumber = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_sets_the_banner_of_their_booth_and_gets_the_booth_id_back()
    {
        var (exhibitionId, boothId) = await OwnBoothAsync();
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(exhibitionId, await VersionAsync(boothId), await TokenAsync(client), TestImages.Jpeg(1200, 400)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(boothId, json.RootElement.GetProperty("id").GetInt32());
        var key = await app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.BannerKey).SingleAsync(Ct));
        Assert.NotNull(BannerImagesView(key));
    }

    [Fact]
    public async Task An_exhibition_the_group_has_no_booth_in_answers_404_with_a_message()
    {
        var otherExhibition = await app.QueryAsync(db => db.Exhibitions.Where(e => e.Slug == "pekan-produk-kampung-kb").Select(e => e.Id).SingleAsync(Ct));
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(otherExhibition, Guid.Empty, await TokenAsync(client), TestImages.Jpeg(1200, 400)), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Kelompok Anda belum punya stan di pameran ini.", await DetailAsync(response));
    }

    [Fact]
    public async Task A_banner_too_narrow_is_refused_with_its_message_and_the_booth_keeps_its_banner()
    {
        var (exhibitionId, boothId) = await OwnBoothAsync();
        var before = await app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.BannerKey).SingleAsync(Ct));
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(exhibitionId, await VersionAsync(boothId), await TokenAsync(client), TestImages.Jpeg(500, 200)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("terlalu kecil", await DetailAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.BannerKey).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Without_the_antiforgery_token_nothing_is_saved()
    {
        var (exhibitionId, boothId) = await OwnBoothAsync();
        var before = await app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.BannerKey).SingleAsync(Ct));
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(exhibitionId, await VersionAsync(boothId), null, TestImages.Jpeg(1200, 400)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Muat ulang halaman", await DetailAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.BannerKey).SingleAsync(Ct)));
    }

    [Fact]
    public async Task An_upload_from_a_page_that_showed_an_older_booth_version_answers_409_and_stores_nothing()
    {
        var (exhibitionId, boothId) = await OwnBoothAsync();
        var shown = await VersionAsync(boothId);
        var client = await MemberClientAsync();
        var token = await TokenAsync(client);
        using (var first = await client.SendAsync(Upload(exhibitionId, shown, token, TestImages.Jpeg(1200, 400)), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode); // this upload gave the booth a new version
        }

        var before = await app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.BannerKey).SingleAsync(Ct));

        using var response = await client.SendAsync(Upload(exhibitionId, shown, token, TestImages.Jpeg(1200, 400)), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("Stan ini baru saja diubah oleh orang lain", await DetailAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.BannerKey).SingleAsync(Ct)));
    }

    [Fact]
    public async Task An_upload_without_a_version_is_refused_before_the_image_is_read()
    {
        var (exhibitionId, _) = await OwnBoothAsync();
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(exhibitionId, null, await TokenAsync(client), TestImages.Jpeg(1200, 400)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("versi stan", await DetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_refusal_keeps_its_status_title_and_words()
    {
        var (exhibitionId, boothId) = await OwnBoothAsync();
        var version = await VersionAsync(boothId);
        var otherExhibition = await app.QueryAsync(db => db.Exhibitions.Where(e => e.Slug == "pekan-produk-kampung-kb").Select(e => e.Id).SingleAsync(Ct));
        var member = await MemberClientAsync();
        var token = await TokenAsync(member);
        var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        const string Title = "Spanduk belum diunggah.";

        Assert.Equal((401, Title, "Sesi Anda berakhir. Masuk lagi, lalu unggah spanduknya lagi."), await ProblemAnswers.SendAsync(app.Browser(), Upload(exhibitionId, version, null, TestImages.Jpeg(100, 100))));
        Assert.Equal((403, Title, "Hanya pengurus kelompok yang dapat mengunggah spanduk stan."), await ProblemAnswers.SendAsync(staff, Upload(exhibitionId, version, await TokenAsync(staff), TestImages.Jpeg(100, 100))));
        Assert.Equal((400, Title, "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu unggah spanduknya lagi."), await ProblemAnswers.SendAsync(member, Upload(exhibitionId, version, null, TestImages.Jpeg(100, 100))));
        Assert.Equal((404, Title, "Kelompok Anda belum punya stan di pameran ini."), await ProblemAnswers.SendAsync(member, Upload(otherExhibition, Guid.Empty, token, TestImages.Jpeg(1200, 400))));
        Assert.Equal((400, Title, "Pilih gambar spanduk untuk diunggah."), await ProblemAnswers.SendAsync(member, Post(exhibitionId, version, token, new MultipartFormDataContent { { new StringContent("teks"), "altText" } })));
        Assert.Equal((400, Title, "Kirim gambar sebagai formulir (multipart/form-data) dengan isian \"file\"."), await ProblemAnswers.SendAsync(member, Post(exhibitionId, version, token, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))));
        Assert.Equal((413, Title, "Gambar lebih dari 15 MB. Pilih gambar yang lebih kecil."), await ProblemAnswers.SendAsync(member, Upload(exhibitionId, version, token, new byte[17 * 1024 * 1024])));
        Assert.Equal(version, await VersionAsync(boothId));
    }

    private static HttpRequestMessage Post(int exhibitionId, Guid version, string token, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/kelola/unggah/pameran/{exhibitionId}/spanduk?versi={version}") { Content = content };
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private Task<Guid> VersionAsync(int boothId) => app.QueryAsync(db => db.Booths.Where(b => b.Id == boothId).Select(b => b.Version).SingleAsync(Ct));

    private static Core.Media.PhotoView? BannerImagesView(string? key) => Core.Media.BannerImages.View(key, "");

    private async Task<(int ExhibitionId, int BoothId)> OwnBoothAsync()
    {
        var actor = await AccountFlows.MemberActorAsync(app, MemberNumber);
        return await app.QueryAsync(db => db.Booths
            .Where(b => b.GroupId == actor.GroupId && b.Status == BoothStatus.Accepted && b.Exhibition!.Slug == "gelar-produk-uppka-jambi")
            .Select(b => ValueTuple.Create(b.ExhibitionId, b.Id)).SingleAsync(Ct));
    }

    private Task<HttpClient> MemberClientAsync() => AccountFlows.SignedInAsync(app, $"anggota{MemberNumber}@uppka.test");

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/akun", Ct);
        return Html.HiddenInputs(html)["__RequestVerificationToken"];
    }

    private static HttpRequestMessage Upload(int exhibitionId, Guid? version, string? token, byte[] file)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(part, "file", "spanduk.jpg");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/kelola/unggah/pameran/{exhibitionId}/spanduk" + (version is { } v ? $"?versi={v}" : "")) { Content = content };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("detail").GetString()!;
    }
}
