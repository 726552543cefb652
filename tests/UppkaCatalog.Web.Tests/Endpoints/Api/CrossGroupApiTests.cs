using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>Another group's product answers exactly like one that does not exist, whatever is tried on it.</summary>
[Collection(ApiAppCollection.Name)]
public sealed class CrossGroupApiTests(AppFactory app)
{
    [Fact]
    public async Task Member_of_group_2_gets_404_for_group_1s_product_on_every_call_and_changes_nothing()
    {
        using var owner = await SignedInAsync(app, Member(1));
        using var other = await SignedInAsync(app, Member(2));
        var name = UniqueName("Dodol Uji Kelompok 1");
        var product = await CreateAsync(owner, CompleteProduct(name));
        var id = product.GetProperty("id").GetInt32();
        var version = product.GetProperty("version").GetString();
        using (var upload = await UploadAsync(owner, id, TestImages.PhoneJpegWithGps(400, 300, upright: false), "dodol.jpg"))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var photoId = (await JsonAsync(await owner.GetAsync($"/api/v1/products/{id}", Ct))).GetProperty("photos")[0].GetProperty("id").GetInt32();
        var files = MediaFiles(app);
        var missing = await app.QueryAsync(db => db.Products.MaxAsync(p => p.Id, Ct)) + 1000;

        foreach (var target in new[] { id, missing })
        {
            var put = new Dictionary<string, object?> { ["name"] = "Diambil alih", ["price"] = 1, ["version"] = version };
            using var get = await other.GetAsync($"/api/v1/products/{target}", Ct);
            using var update = await other.PutAsJsonAsync($"/api/v1/products/{target}", put, Ct);
            using var addPhoto = await UploadAsync(other, target, TestImages.PhoneJpegWithGps(400, 300, upright: false), "lain.jpg");
            using var submit = await other.PostAsync($"/api/v1/products/{target}/submit", null, Ct);
            using var deletePhoto = await other.DeleteAsync($"/api/v1/products/{target}/photos/{photoId}", Ct);

            // Same status, same words for "someone else's" and "no such product": nothing to tell them apart.
            Assert.Equal("Produk tidak ditemukan.", await DetailAsync(get));
            Assert.Equal("Produk tidak ditemukan.", await DetailAsync(update));
            Assert.Equal("Produk tidak ditemukan.", await DetailAsync(addPhoto));
            Assert.Equal("Produk tidak ditemukan.", await DetailAsync(submit));
            Assert.Equal("Foto tidak ditemukan.", await DetailAsync(deletePhoto));
        }

        var after = await JsonAsync(await owner.GetAsync($"/api/v1/products/{id}", Ct));
        Assert.Equal(name, after.GetProperty("name").GetString());
        Assert.Equal(version, after.GetProperty("version").GetString());
        Assert.Equal("draft", after.GetProperty("status").GetString());
        Assert.Equal(1, after.GetProperty("photos").GetArrayLength());
        Assert.Equal(1, await app.QueryAsync(db => db.ProductPhotos.CountAsync(p => p.ProductId == id, Ct)));
        Assert.Equal(files, MediaFiles(app));
        var othersList = await JsonAsync(await other.GetAsync("/api/v1/me/products", Ct));
        Assert.DoesNotContain(othersList.EnumerateArray(), p => p.GetProperty("id").GetInt32() == id);
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response)
    {
        JsonElement problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Tidak ditemukan.", problem.GetProperty("title").GetString());
        return problem.GetProperty("detail").GetString();
    }
}
