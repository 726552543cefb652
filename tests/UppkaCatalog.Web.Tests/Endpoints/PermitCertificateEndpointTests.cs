using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Endpoints;

/// <summary>
/// Certificate photos over real HTTP (issue 16): a member uploads one through the editor's door, it is served at
/// <c>/izin/{id}/{kind}/foto</c> to the group's members and staff only; anonymous, another group's member, guessed product
/// ids, kinds and media keys all get the same bare 404, and the public <c>/media</c> route never serves a certificate.
/// Demo members 3 and 4 (two groups) upload here.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PermitCertificateEndpointTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_group_and_staff_see_the_certificate_and_nobody_else_even_when_guessing()
    {
        var productId = await NewProductAsync(memberNumber: 3, pirt: "2061505010777-27");
        using var owner = await AccountFlows.SignedInAsync(app, "anggota3@uppka.test");
        using var other = await AccountFlows.SignedInAsync(app, "anggota4@uppka.test");
        using var staff = await AccountFlows.SignedInAsync(app, "staf@uppka.test");
        using var anonymous = app.Browser();

        using (var uploaded = await owner.SendAsync(Upload(productId, "pirt", await TokenAsync(owner), TestImages.PhoneJpegWithGps(1200, 900)), Ct))
        {
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            using var json = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync(Ct));
            Assert.Equal($"/izin/{productId}/pirt/foto", json.RootElement.GetProperty("url").GetString());
        }

        var url = $"/izin/{productId}/pirt/foto";
        using (var mine = await owner.GetAsync(url, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            Assert.Equal("image/jpeg", mine.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", mine.Headers.CacheControl?.ToString());
            Assert.True(mine.Headers.CacheControl!.Private);
            var bytes = await mine.Content.ReadAsByteArrayAsync(Ct);
            Assert.Null(Image.Identify(bytes).Metadata.ExifProfile);
        }

        using (var forStaff = await staff.GetAsync(url, Ct)) Assert.Equal(HttpStatusCode.OK, forStaff.StatusCode);

        var keys = await app.QueryAsync(db => db.PermitVerifications.AsNoTracking().Where(v => v.ProductId == productId && v.Kind == PermitKind.Pirt)
            .Select(v => v.CertificateVariants).SingleAsync(Ct));
        var guesses = new List<string>
        {
            url, $"/izin/{productId}/PIRT/foto", $"/izin/{productId}/halal/foto", $"/izin/{productId}/sni/foto", $"/izin/{productId + 1000}/pirt/foto",
            $"/media/cert/{Guid.NewGuid():N}/1600.jpg",
        };
        guesses.AddRange(keys.Select(k => "/media/" + k.Key));
        foreach (var guess in guesses)
        {
            foreach (var (who, client) in new[] { ("anonymous", anonymous), ("another group", other) })
            {
                using var response = await client.GetAsync(guess, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who} GET {guess}: {(int)response.StatusCode}");
                Assert.NotEqual("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            }
        }

        // Not even the group reads it through the public media route (which a shared cache would keep for a year).
        foreach (var k in keys)
        {
            using var response = await owner.GetAsync("/media/" + k.Key, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Another_group_cannot_upload_to_a_product_and_a_signed_out_upload_is_refused()
    {
        var productId = await NewProductAsync(memberNumber: 3, halal: "ID15110000321");
        using var other = await AccountFlows.SignedInAsync(app, "anggota4@uppka.test");
        using var anonymous = app.Browser();

        using var foreign = await other.SendAsync(Upload(productId, "halal", await TokenAsync(other), TestImages.Jpeg(800, 600)), Ct);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var signedOut = await anonymous.SendAsync(Upload(productId, "halal", token: null, TestImages.Jpeg(800, 600)), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.False(await app.QueryAsync(db => db.PermitVerifications.AnyAsync(v => v.ProductId == productId && v.CertificateKey != null, Ct)));
    }

    private async Task<int> NewProductAsync(int memberNumber, string? pirt = null, string? halal = null)
    {
        var actor = await AccountFlows.MemberActorAsync(app, memberNumber);
        return await app.QueryAsync(async db =>
        {
            var categoryId = await db.Categories.Where(c => c.Slug == "kue-camilan").Select(c => c.Id).SingleAsync(Ct);
            var now = DateTimeOffset.UtcNow;
            var product = new Product
            {
                Slug = "izin-foto-" + Guid.NewGuid().ToString("N")[..8], Name = "Uji Izin Foto", GroupId = actor.GroupId!.Value, CategoryId = categoryId,
                Price = 20_000, Status = ProductStatus.Draft, PirtNumber = pirt, HalalNumber = halal, CreatedAt = now, UpdatedAt = now,
            };
            db.Products.Add(product);
            await db.SaveChangesAsync(Ct);
            return product.Id;
        });
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/akun", Ct);
        return Html.HiddenInputs(html)["__RequestVerificationToken"];
    }

    private static HttpRequestMessage Upload(int productId, string kind, string? token, byte[] file)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(part, "file", "sertifikat.jpg");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/kelola/unggah/produk/{productId}/izin/{kind}/foto") { Content = content };
        if (token is not null) request.Headers.Add("RequestVerificationToken", token);
        return request;
    }
}
