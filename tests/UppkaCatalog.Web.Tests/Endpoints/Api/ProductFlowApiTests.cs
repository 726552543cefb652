using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SixLabors.ImageSharp;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>The whole life of a listing through the API, as an integration script would drive it.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class ProductFlowApiTests(AppFactory app)
{
    [Fact]
    public async Task Member_creates_edits_uploads_and_submits_then_staff_approve_and_buyers_see_it()
    {
        using var member = await SignedInAsync(app, Member(1));
        using var staff = await SignedInAsync(app, Staff);
        using var buyer = app.Browser();
        var name = UniqueName("Keripik Tempe Uji API");

        // Create: a draft, 201 with where it lives.
        using var created = await member.PostAsJsonAsync("/api/v1/products", CompleteProduct(name), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await JsonAsync(created);
        var id = draft.GetProperty("id").GetInt32();
        var slug = draft.GetProperty("slug").GetString()!;
        var v1 = draft.GetProperty("version").GetString();
        Assert.Equal($"/api/v1/products/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.StartsWith("keripik-tempe-uji-api-", slug);
        Assert.Equal(25_000, draft.GetProperty("price").GetInt64());
        Assert.Equal("ready", draft.GetProperty("availability").GetString());
        Assert.Equal("https://shopee.co.id/keripik-tempe-uji", draft.GetProperty("marketplaceLinks")[0].GetProperty("url").GetString());

        // Edit with the version just read: saved, and the version moves on.
        using var saved = await member.PutAsJsonAsync($"/api/v1/products/{id}", With(CompleteProduct(name, 27_500), v1), Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var v2 = (await JsonAsync(saved)).GetProperty("version").GetString();
        Assert.NotEqual(v1, v2);

        // A second editor still holding the first version: 409, and nothing of theirs is written.
        using var stale = await member.PutAsJsonAsync($"/api/v1/products/{id}", With(CompleteProduct(name, 99_000), v1), Ct);
        var conflict = await ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Contains("baru saja diubah oleh orang lain", conflict.GetProperty("detail").GetString());
        var current = await JsonAsync(await member.GetAsync($"/api/v1/products/{id}", Ct));
        Assert.Equal(27_500, current.GetProperty("price").GetInt64());
        Assert.Equal(v2, current.GetProperty("version").GetString());

        // Submitting without a photo is refused, naming what is missing.
        using var tooEarly = await member.PostAsync($"/api/v1/products/{id}/submit", null, Ct);
        Assert.Contains("foto", FieldError(await ProblemAsync(tooEarly, HttpStatusCode.BadRequest), "photos"));

        // A phone photo with GPS: 201, stored at fixed widths, served from /media without its metadata.
        using var upload = await UploadAsync(member, id, TestImages.PhoneJpegWithGps(1200, 900, upright: false), "IMG_2041.jpg", altText: "Kemasan keripik tempe tampak depan");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var photo = await JsonAsync(upload);
        Assert.True(photo.GetProperty("id").GetInt32() > 0);
        Assert.Equal(1200, photo.GetProperty("width").GetInt32());
        Assert.Equal(900, photo.GetProperty("height").GetInt32());
        Assert.Equal("Kemasan keripik tempe tampak depan", photo.GetProperty("altText").GetString());
        var variants = photo.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(
            new[] { (320, 240, "jpg"), (320, 240, "webp"), (480, 360, "jpg"), (480, 360, "webp"), (800, 600, "jpg"), (800, 600, "webp"), (1200, 900, "jpg"), (1200, 900, "webp") },
            variants.Select(v => (v.GetProperty("width").GetInt32(), v.GetProperty("height").GetInt32(), v.GetProperty("format").GetString()!)).Order());
        foreach (var variant in variants) await AssertServedWithoutMetadataAsync(buyer, variant);

        // Submit: waiting for staff, and in their queue.
        using var submitted = await member.PostAsync($"/api/v1/products/{id}/submit", null, Ct);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("pending", (await JsonAsync(submitted)).GetProperty("status").GetString());
        var queue = await JsonAsync(await staff.GetAsync("/api/v1/staff/products?status=pending", Ct));
        var row = queue.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal(name, row.GetProperty("name").GetString());
        Assert.Equal("pending", row.GetProperty("status").GetString());
        using (var hidden = await buyer.GetAsync("/produk/" + slug, Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode); // not public before approval
        }

        // Approve: published, on the catalogue and on its own page.
        using var approved = await staff.PostAsync($"/api/v1/staff/products/{id}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("published", (await JsonAsync(approved)).GetProperty("status").GetString());
        Assert.Contains("/produk/" + slug, Html.Hrefs(await buyer.GetStringAsync("/katalog", Ct), "/produk/"));
        using var page = await buyer.GetAsync("/produk/" + slug, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(name, Html.Text(await page.Content.ReadAsStringAsync(Ct)));
        var own = await JsonAsync(await member.GetAsync("/api/v1/me/products?status=published", Ct));
        Assert.Contains(own.EnumerateArray(), p => p.GetProperty("id").GetInt32() == id);
        var queueAfter = await JsonAsync(await staff.GetAsync("/api/v1/staff/products?status=pending", Ct));
        Assert.DoesNotContain(queueAfter.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Staff_reject_needs_a_reason_and_the_member_then_sees_it_beside_the_product()
    {
        using var member = await SignedInAsync(app, Member(4));
        using var staff = await SignedInAsync(app, Staff);
        var id = (await CreateAsync(member, CompleteProduct(UniqueName("Sambal Uji API")))).GetProperty("id").GetInt32();
        using (var upload = await UploadAsync(member, id, TestImages.PhoneJpegWithGps(640, 480, upright: false), "sambal.jpg"))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        using (var submitted = await member.PostAsync($"/api/v1/products/{id}/submit", null, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        using var noReason = await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/reject", new { }, Ct);
        using var blankReason = await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/reject", new { reason = "   " }, Ct);
        Assert.Contains("alasan", FieldError(await ProblemAsync(noReason, HttpStatusCode.BadRequest), "reason"));
        Assert.Contains("alasan", FieldError(await ProblemAsync(blankReason, HttpStatusCode.BadRequest), "reason"));
        Assert.Equal("pending", (await JsonAsync(await member.GetAsync($"/api/v1/products/{id}", Ct))).GetProperty("status").GetString());

        const string reason = "Foto kemasan buram; nomor PIRT tidak terbaca. Foto ulang di tempat terang.";
        using var rejected = await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/reject", new { reason }, Ct);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("rejected", (await JsonAsync(rejected)).GetProperty("status").GetString());

        var product = await JsonAsync(await member.GetAsync($"/api/v1/products/{id}", Ct));
        Assert.Equal("rejected", product.GetProperty("status").GetString());
        Assert.Equal(reason, product.GetProperty("rejectionReason").GetString());
        var rejectedList = await JsonAsync(await member.GetAsync("/api/v1/me/products?status=rejected", Ct));
        Assert.Equal(reason, rejectedList.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == id).GetProperty("rejectionReason").GetString());

        // Deciding again on a product that is no longer waiting is a conflict, not a silent overwrite.
        using var again = await staff.PostAsync($"/api/v1/staff/products/{id}/approve", null, Ct);
        await ProblemAsync(again, HttpStatusCode.Conflict);
    }

    private static Dictionary<string, object?> With(object product, string? version)
    {
        var fields = JsonSerializer.SerializeToElement(product, JsonSerializerOptions.Web).Deserialize<Dictionary<string, object?>>()!;
        fields["version"] = version;
        return fields;
    }

    private static async Task AssertServedWithoutMetadataAsync(HttpClient buyer, JsonElement variant)
    {
        var url = variant.GetProperty("url").GetString()!;
        Assert.StartsWith("/media/", url);
        using var response = await buyer.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        using var stream = new MemoryStream(bytes);
        var info = Image.Identify(stream);
        Assert.NotNull(info);
        Assert.Equal(variant.GetProperty("width").GetInt32(), info.Width);
        Assert.Equal(variant.GetProperty("height").GetInt32(), info.Height);
        // The GPS position of the member's home must not reach buyers.
        Assert.Null(info.Metadata.ExifProfile);
    }
}
