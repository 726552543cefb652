using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>
/// <c>POST /kelola/unggah/produk/{id}/foto</c> over real HTTP: the editor's upload door takes the
/// sign-in cookie and an antiforgery header, and refuses everything else with a message the page can show.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class MemberUploadEndpointTests(AppFactory app)
{
    private const string Member = "anggota1@uppka.test";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_uploads_a_photo_to_their_product_and_gets_its_id_back()
    {
        var product = await NewDraftAsync();
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(product, await TokenAsync(client), TestImages.Jpeg(1200, 900)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var id = json.RootElement.GetProperty("id").GetInt32();
        Assert.Equal(1200, json.RootElement.GetProperty("width").GetInt32());
        Assert.Equal([id], await PhotoIdsAsync(product));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_same_photo_instead_of_a_copy()
    {
        var product = await NewDraftAsync();
        var client = await MemberClientAsync();
        var token = await TokenAsync(client);
        var key = Guid.NewGuid().ToString();

        using var first = await client.SendAsync(Upload(product, token, TestImages.Jpeg(800, 600), key), Ct);
        using var again = await client.SendAsync(Upload(product, token, TestImages.Jpeg(800, 600), key), Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await IdOf(first), await IdOf(again));
        Assert.Single(await PhotoIdsAsync(product));
    }

    [Fact]
    public async Task Without_the_antiforgery_token_nothing_is_saved_and_the_message_says_to_reload()
    {
        var product = await NewDraftAsync();
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(product, token: null, TestImages.Jpeg(800, 600)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Muat ulang halaman", await DetailAsync(response));
        Assert.Empty(await PhotoIdsAsync(product));
    }

    [Fact]
    public async Task Another_groups_product_answers_404_as_if_it_did_not_exist()
    {
        var theirs = await NewDraftAsync(memberNumber: 2);
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(theirs, await TokenAsync(client), TestImages.Jpeg(800, 600)), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Produk tidak ditemukan.", await DetailAsync(response));
        Assert.Empty(await PhotoIdsAsync(theirs));
    }

    [Fact]
    public async Task A_photo_the_pipeline_refuses_comes_back_with_its_message()
    {
        var product = await NewDraftAsync();
        var client = await MemberClientAsync();
        var heic = new byte[4096];
        new Random(7).NextBytes(heic);
        "\0\0\0\u0018ftypheic"u8.ToArray().CopyTo(heic, 0);

        using var response = await client.SendAsync(Upload(product, await TokenAsync(client), heic), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Foto HEIC belum didukung.", await DetailAsync(response));
        Assert.Empty(await PhotoIdsAsync(product));
    }

    [Fact]
    public async Task An_upload_over_16_MB_is_refused_before_it_is_read()
    {
        var product = await NewDraftAsync();
        var client = await MemberClientAsync();

        using var response = await client.SendAsync(Upload(product, await TokenAsync(client), new byte[17 * 1024 * 1024]), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.StartsWith("Foto lebih dari 15 MB.", await DetailAsync(response));
        Assert.Empty(await PhotoIdsAsync(product));
    }

    [Fact]
    public async Task Without_signing_in_the_answer_is_401_with_a_message_not_a_sign_in_page()
    {
        var product = await NewDraftAsync();
        var client = app.Browser();

        using var response = await client.SendAsync(Upload(product, token: null, TestImages.Jpeg(100, 100)), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Masuk lagi", await DetailAsync(response));
        Assert.Empty(await PhotoIdsAsync(product));
    }

    [Fact]
    public async Task Staff_are_not_members_and_get_403()
    {
        var product = await NewDraftAsync();
        var client = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);

        using var response = await client.SendAsync(Upload(product, await TokenAsync(client), TestImages.Jpeg(100, 100)), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Hanya anggota kelompok yang dapat mengunggah foto produk.", await DetailAsync(response));
        Assert.Empty(await PhotoIdsAsync(product));
    }

    [Fact]
    public async Task Every_refusal_keeps_its_status_title_and_words()
    {
        var product = await NewDraftAsync();
        var theirs = await NewDraftAsync(memberNumber: 2);
        var member = await MemberClientAsync();
        var token = await TokenAsync(member);
        var staff = await AccountFlows.SignedInAsync(app, AccountFlows.StaffEmail);
        const string Title = "Foto belum diunggah.";

        Assert.Equal((401, Title, "Sesi Anda berakhir. Masuk lagi, lalu unggah fotonya lagi."), await ProblemAnswers.SendAsync(app.Browser(), Upload(product, null, TestImages.Jpeg(100, 100))));
        Assert.Equal((403, Title, "Hanya anggota kelompok yang dapat mengunggah foto produk."), await ProblemAnswers.SendAsync(staff, Upload(product, await TokenAsync(staff), TestImages.Jpeg(100, 100))));
        Assert.Equal((400, Title, "Halaman ini sudah terlalu lama terbuka. Muat ulang halaman, lalu unggah fotonya lagi."), await ProblemAnswers.SendAsync(member, Upload(product, null, TestImages.Jpeg(100, 100))));
        Assert.Equal((404, "Tidak ditemukan.", "Produk tidak ditemukan."), await ProblemAnswers.SendAsync(member, Upload(theirs, token, TestImages.Jpeg(800, 600))));
        Assert.Equal((400, Title, "Pilih foto untuk diunggah."), await ProblemAnswers.SendAsync(member, Post(product, token, new MultipartFormDataContent { { new StringContent("teks"), "altText" } })));
        Assert.Equal((400, Title, "Kirim foto sebagai formulir (multipart/form-data) dengan isian \"file\"."), await ProblemAnswers.SendAsync(member, Post(product, token, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))));
        var tooMany = new MultipartFormDataContent();
        for (var i = 0; i < 5; i++) tooMany.Add(new StringContent("x"), $"isian{i}");
        Assert.Equal((400, Title, "Unggahan terpotong atau lebih dari 15 MB. Unggah lagi satu foto saja."), await ProblemAnswers.SendAsync(member, Post(product, token, tooMany)));
        Assert.Equal((413, Title, "Foto lebih dari 15 MB. Pilih foto yang lebih kecil, atau ambil ulang dengan kamera ponsel."), await ProblemAnswers.SendAsync(member, Upload(product, token, new byte[17 * 1024 * 1024])));
        Assert.Empty(await PhotoIdsAsync(product));
    }

    private static HttpRequestMessage Post(int productId, string token, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/kelola/unggah/produk/{productId}/foto") { Content = content };
        request.Headers.Add("RequestVerificationToken", token);
        return request;
    }

    private Task<HttpClient> MemberClientAsync() => AccountFlows.SignedInAsync(app, Member);

    /// <summary>The antiforgery token a page of this signed-in session carries (the account page's sign-out form has one).</summary>
    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/akun", Ct);
        return Html.HiddenInputs(html)["__RequestVerificationToken"];
    }

    private static HttpRequestMessage Upload(int productId, string? token, byte[] file, string? idempotencyKey = null)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(part, "file", "foto.jpg");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/kelola/unggah/produk/{productId}/foto") { Content = content };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private async Task<int> NewDraftAsync(int memberNumber = 1)
    {
        var actor = await AccountFlows.MemberActorAsync(app, memberNumber);
        var editing = app.Services.GetRequiredService<ProductEditingService>();
        var view = await editing.CreateDraftAsync(actor, new ProductInput { Name = "Uji Unggah " + Guid.NewGuid().ToString("N")[..6] }, Ct);
        return view.Id;
    }

    private Task<List<int>> PhotoIdsAsync(int productId) =>
        app.QueryAsync(db => db.ProductPhotos.Where(p => p.ProductId == productId).Select(p => p.Id).ToListAsync(Ct));

    private static async Task<int> IdOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("id").GetInt32();
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("detail").GetString()!;
    }
}
