using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// Staff verify and refuse permits over the API (issue 16), and the product JSON (public and member) and the catalogue's
/// <c>verified=true</c> follow. Each test adds its own published product to demo group of member 5 (used by no other API test).
/// </summary>
[Collection(ApiAppCollection.Name)]
public sealed class PermitsApiTests(AppFactory app)
{
    [Fact]
    public async Task Only_staff_with_a_token_verify_and_bad_input_is_an_Indonesian_400()
    {
        var (id, _) = await PublishedAsync(pirt: "2061505010555-27", halal: "ID15110000555");
        var verify = $"/api/v1/staff/products/{id}/permits/pirt/verify";
        using var anonymous = Anonymous(app);
        using var member = await SignedInAsync(app, Member(5));
        using var staff = await SignedInAsync(app, Staff);

        await ProblemAsync(await anonymous.PostAsJsonAsync(verify, new { note = "Cocok" }, Ct), HttpStatusCode.Unauthorized);
        await ProblemAsync(await member.PostAsJsonAsync(verify, new { note = "Cocok" }, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/staff/products/987654/permits/pirt/verify", new { note = "Cocok" }, Ct), HttpStatusCode.NotFound);
        var noNote = await ProblemAsync(await staff.PostAsJsonAsync(verify, new { note = " " }, Ct), HttpStatusCode.BadRequest);
        Assert.StartsWith("Tulis apa yang sudah Anda periksa", FieldError(noNote, "note"));
        var kind = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/sni/verify", new { note = "Cocok" }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("Jenis izin tidak dikenal: pakai pirt, halal, atau bpom.", FieldError(kind, "kind"));
        var halal = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/halal/verify", new { note = "Cocok" }, Ct), HttpStatusCode.BadRequest);
        Assert.StartsWith("Isi tanggal berakhirnya sertifikat halal, atau pilih", FieldError(halal, "expiresAt"));
        var both = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/halal/verify",
            new { note = "Cocok", expiresAt = "2030-01-01", noExpiry = true }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("Pilih salah satu: tanggal berakhir, atau tanpa tanggal berakhir.", FieldError(both, "expiresAt"));
        var date = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/halal/verify", new { note = "Cocok", expiresAt = "31-12-2027" }, Ct),
            HttpStatusCode.BadRequest);
        Assert.Equal("Tanggal tidak bisa dibaca: tulis tanggal yang ada dalam bentuk TTTT-BB-HH, mis. 2027-12-31.", FieldError(date, "expiresAt"));
        await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/pirt/refuse", new { reason = "" }, Ct), HttpStatusCode.BadRequest);
        await ProblemAsync(await staff.PostAsJsonAsync(verify, new { note = "Cocok", number = "nomor-lain" }, Ct), HttpStatusCode.Conflict);

        Assert.False(await PublicVerifiedAsync(id, "pirt"));
        Assert.Equal(0, await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Subject == $"Product:{id}" && a.Action.StartsWith("permit."), Ct)));
    }

    [Fact]
    public async Task A_halal_certificate_without_a_last_day_is_verified_with_noExpiry_and_shown_verified_with_a_null_expiresAt()
    {
        var (id, slug) = await PublishedAsync(pirt: null, halal: "ID15110000557");
        using var staff = await SignedInAsync(app, Staff);

        using var verified = await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/halal/verify",
            new { note = "SIHALAL: terbit 2024, tanpa masa berlaku", noExpiry = true }, Ct);

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var decision = await JsonAsync(verified);
        Assert.Equal(("verified", JsonValueKind.Null), (decision.GetProperty("state").GetString(), decision.GetProperty("expiresAt").ValueKind));
        var halal = (await JsonAsync(await Anonymous(app).GetAsync($"/api/v1/products/{slug}", Ct))).GetProperty("permits").EnumerateArray()
            .Single(p => p.GetProperty("kind").GetString() == "halal");
        Assert.True(halal.GetProperty("verified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, halal.GetProperty("expiresAt").ValueKind);
    }

    [Fact]
    public async Task Verified_shows_in_the_public_and_member_JSON_and_the_filter_and_a_refusal_takes_it_away()
    {
        var (id, slug) = await PublishedAsync(pirt: "2061505010556-27", halal: "ID15110000556");
        using var staff = await SignedInAsync(app, Staff);
        using var member = await SignedInAsync(app, Member(5));
        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(400).ToString("yyyy-MM-dd");

        using var verified = await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/halal/verify",
            new { note = "Dicocokkan di SIHALAL", expiresAt = expires, number = "ID15110000556" }, Ct);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var decision = await JsonAsync(verified);
        Assert.Equal(("halal", "verified", true, expires), (decision.GetProperty("kind").GetString(), decision.GetProperty("state").GetString(),
            decision.GetProperty("verified").GetBoolean(), decision.GetProperty("expiresAt").GetString()));

        var permits = (await JsonAsync(await Anonymous(app).GetAsync($"/api/v1/products/{slug}", Ct))).GetProperty("permits").EnumerateArray().ToList();
        Assert.Equal([("pirt", "2061505010556-27", false), ("halal", "ID15110000556", true)],
            permits.Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("number").GetString(), p.GetProperty("verified").GetBoolean())));
        Assert.Equal(expires, permits[1].GetProperty("expiresAt").GetString());
        Assert.Equal(JsonValueKind.String, permits[1].GetProperty("verifiedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, permits[0].GetProperty("verifiedAt").ValueKind);

        var mine = (await JsonAsync(await member.GetAsync($"/api/v1/products/{id}", Ct))).GetProperty("permits").EnumerateArray()
            .ToDictionary(p => p.GetProperty("kind").GetString()!, p => p.GetProperty("state").GetString());
        Assert.Equal("verified", mine["halal"]);
        Assert.Equal("waiting", mine["pirt"]);

        Assert.Contains(id, await CatalogIdsAsync("verified=true&q=Uji%20Izin%20API"));
        Assert.Contains(id, await CatalogIdsAsync("q=Uji%20Izin%20API"));
        var item = (await JsonAsync(await Anonymous(app).GetAsync("/api/v1/products?verified=true&q=Uji%20Izin%20API", Ct))).GetProperty("items")
            .EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal(["halal"], item.GetProperty("verifiedPermits").EnumerateArray().Select(k => k.GetString()));
        var bad = await ProblemAsync(await Anonymous(app).GetAsync("/api/v1/products?verified=mungkin", Ct), HttpStatusCode.BadRequest);
        Assert.Equal("Isi verified dengan true atau false.", FieldError(bad, "verified"));

        using var refused = await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/halal/refuse", new { reason = "Sertifikat atas nama usaha lain." }, Ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Sertifikat atas nama usaha lain.", (await JsonAsync(refused)).GetProperty("refusalReason").GetString());
        Assert.False(await PublicVerifiedAsync(id, "halal"));
        Assert.DoesNotContain(id, await CatalogIdsAsync("verified=true&q=Uji%20Izin%20API"));
        var actions = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Subject == $"Product:{id}" && a.Action.StartsWith("permit."))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));
        Assert.Equal(["permit.verify", "permit.refuse"], actions);
    }

    [Fact]
    public async Task A_member_changing_a_verified_number_through_the_API_takes_the_verification_away()
    {
        using var member = await SignedInAsync(app, Member(5));
        using var staff = await SignedInAsync(app, Staff);
        var created = await CreateAsync(member, CompleteProduct(UniqueName("Uji Izin Ubah")));
        var id = created.GetProperty("id").GetInt32();
        using (var ok = await staff.PostAsJsonAsync($"/api/v1/staff/products/{id}/permits/pirt/verify", new { note = "Cocok" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        Assert.Equal("verified", await MemberStateAsync(member, id, "pirt"));
        var fields = JsonSerializer.SerializeToElement(CompleteProduct(created.GetProperty("name").GetString()!), JsonSerializerOptions.Web)
            .Deserialize<Dictionary<string, object?>>()!;
        fields["pirtNumber"] = "2061571010123-99";
        fields["version"] = created.GetProperty("version").GetString();
        using var saved = await member.PutAsJsonAsync($"/api/v1/products/{id}", fields, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var permit = (await JsonAsync(saved)).GetProperty("permits").EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "pirt");
        Assert.Equal(("2061571010123-99", "waiting", false), (permit.GetProperty("number").GetString(), permit.GetProperty("state").GetString(),
            permit.GetProperty("verified").GetBoolean()));
        Assert.Equal("waiting", await MemberStateAsync(member, id, "pirt"));
    }

    private static async Task<string?> MemberStateAsync(HttpClient member, int id, string kind) =>
        (await JsonAsync(await member.GetAsync($"/api/v1/products/{id}", Ct))).GetProperty("permits").EnumerateArray()
            .Single(p => p.GetProperty("kind").GetString() == kind).GetProperty("state").GetString();

    private async Task<bool> PublicVerifiedAsync(int id, string kind)
    {
        var slug = await app.QueryAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync(Ct));
        var product = await JsonAsync(await Anonymous(app).GetAsync($"/api/v1/products/{slug}", Ct));
        return product.GetProperty("permits").EnumerateArray().Any(p => p.GetProperty("kind").GetString() == kind && p.GetProperty("verified").GetBoolean());
    }

    private async Task<List<int>> CatalogIdsAsync(string query)
    {
        using var response = await Anonymous(app).GetAsync("/api/v1/products?" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    /// <summary>A published product of demo member 5's group with the given numbers, written straight into the database.</summary>
    private async Task<(int Id, string Slug)> PublishedAsync(string? pirt = null, string? halal = null)
    {
        var email = Member(5);
        return await app.QueryAsync(async db =>
        {
            var groupId = await db.Users.Where(u => u.Email == email).Select(u => u.GroupId!.Value).SingleAsync(Ct);
            var categoryId = await db.Categories.Where(c => c.Slug == "kue-camilan").Select(c => c.Id).SingleAsync(Ct);
            var now = DateTimeOffset.UtcNow;
            var product = new Product
            {
                Slug = "uji-izin-api-" + Guid.NewGuid().ToString("N")[..8], Name = "Uji Izin API " + Guid.NewGuid().ToString("N")[..4], GroupId = groupId,
                CategoryId = categoryId, Description = "Produk uji izin.", Price = 20_000, Status = ProductStatus.Published, PirtNumber = pirt, HalalNumber = halal,
                CreatedAt = now, UpdatedAt = now, PublishedAt = now,
            };
            db.Products.Add(product);
            await db.SaveChangesAsync(Ct);
            return (product.Id, product.Slug);
        });
    }
}
