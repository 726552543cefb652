using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Catalog;

/// <summary>
/// The inquiry form on a product page, posted as a browser posts it: to <c>/produk/{slug}/tanya</c>, without an
/// antiforgery token (the product page is cached for everyone), accepted only from this site.
/// </summary>
public sealed class InquiryPostTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> CountAsync() => app.QueryAsync(db => db.Inquiries.CountAsync(Ct));

    [Fact]
    public async Task A_valid_inquiry_is_stored_for_the_group_and_the_browser_is_redirected_to_a_confirmation()
    {
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();

        using var response = await app.PostInquiryAsync(client, product.Slug, "Ibu Sari Uji", "0812-7000-0001", "12", "Apakah bisa dikirim ke Muara Bungo?");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/produk/{product.Slug}?terkirim=1", AccountFlows.Target(response));
        var stored = await app.QueryAsync(db => db.Inquiries.AsNoTracking().SingleAsync(i => i.BuyerName == "Ibu Sari Uji", Ct));
        Assert.Equal(("+6281270000001", 12, "Apakah bisa dikirim ke Muara Bungo?", product.Id, InquiryStatus.New),
            (stored.BuyerPhone, stored.Quantity, stored.Message, stored.ProductId, stored.Status));
        var groupId = await app.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.GroupId).SingleAsync(Ct));
        Assert.Equal(groupId, stored.GroupId);

        var confirmation = Html.Text(await client.GetStringAsync($"/produk/{product.Slug}?terkirim=1", Ct));
        Assert.Contains($"Terima kasih! Pertanyaan Anda sudah terkirim ke {product.GroupName}.", confirmation);
        Assert.DoesNotContain("Terima kasih! Pertanyaan Anda", Html.Text(await client.GetStringAsync($"/produk/{product.Slug}", Ct)));
    }

    [Fact]
    public async Task Bad_input_shows_each_message_beside_its_field_keeps_what_was_typed_and_stores_nothing()
    {
        var product = await app.PublishedProductAsync(1);
        var before = await CountAsync();
        using var client = app.Browser();

        using var response = await app.PostInquiryAsync(client, product.Slug, "Pak Budi <b>", "0741 123456", "dua", "Hai");
        var html = await response.Content.ReadAsStringAsync(Ct);
        var text = Html.Text(html);

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains("Nomor WhatsApp tidak valid. Tulis nomor Indonesia, mis. 0812 3456 7890.", text);
        Assert.Contains("Jumlah harus angka bulat 1 sampai 100.000, atau kosongkan.", text);
        Assert.Contains("Pesan terlalu pendek: paling sedikit 5 huruf.", text);
        Assert.Contains("id=\"inquiry-phone-error\"", html);
        Assert.DoesNotContain("id=\"inquiry-name-error\"", html);
        Assert.Contains("value=\"Pak Budi &lt;b&gt;\"", html);
        Assert.Contains("value=\"0741 123456\"", html);
        Assert.Contains(">Hai</textarea>", html);
        Assert.Matches("id=\"inquiry-phone\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"inquiry-phone\"", html);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task The_product_page_form_posts_to_its_own_target_without_an_antiforgery_token_or_cookie()
    {
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();

        using var response = await client.GetAsync("/produk/" + product.Slug, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains($"action=\"/produk/{product.Slug}/tanya\"", html);
        Assert.Equal(["_handler"], Html.HiddenInputs(html).Keys);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        // The target shows the form on a page of its own too (GET), with a way back.
        var alone = await client.GetStringAsync($"/produk/{product.Slug}/tanya", Ct);
        Assert.Contains("name=\"Input.Message\"", alone);
        Assert.Contains($"href=\"/produk/{product.Slug}\"", alone);
    }

    public static TheoryData<string, string, string> ForeignPosts => new()
    {
        { "another site", "Origin", "https://penipu.example" },
        { "a sandboxed frame", "Origin", "null" },
        { "no Origin, cross-site fetch", "Sec-Fetch-Site", "cross-site" },
        { "only a foreign Referer", "Referer", "https://penipu.example/halaman" },
    };

    [Theory]
    [MemberData(nameof(ForeignPosts))]
    public async Task A_post_from_another_site_is_refused_with_an_Indonesian_page_and_stores_nothing(string why, string header, string value)
    {
        var product = await app.PublishedProductAsync();
        var before = await CountAsync();
        using var client = app.Browser();

        using var response = await app.PostInquiryAsync(client, product.Slug, "Situs Lain " + why, "081270000002", null, "Pesan dari situs lain yang meniru formulir.",
            new Dictionary<string, string> { [header] = value });
        var body = await AccountFlows.BodyAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Pertanyaan tidak dikirim", body);
        Assert.Contains("hanya bisa dikirim dari halaman produk", body);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_post_without_any_sign_of_its_origin_is_refused()
    {
        var product = await app.PublishedProductAsync();
        var before = await CountAsync();
        using var client = app.Browser();

        using var response = await app.PostInquiryAsync(client, product.Slug, "Tanpa Asal", "081270000002", null, "Pesan tanpa Origin sama sekali.",
            new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_post_to_the_old_address_is_sent_on_to_the_new_target_as_the_same_post()
    {
        var product = await app.PublishedProductAsync();
        var before = await CountAsync();
        using var client = app.Browser();

        using var response = await app.PostInquiryAsync(client, product.Slug, "Formulir Lama", "081270000004", null, "Dari halaman yang dibuka kemarin.",
            target: "/produk/" + product.Slug);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"/produk/{product.Slug}/tanya", AccountFlows.Target(response));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_buyers_phone_number_never_appears_on_public_pages()
    {
        var product = await app.PublishedProductAsync(2);
        using var client = app.Browser();
        using var sent = await app.PostInquiryAsync(client, product.Slug, "Pembeli Rahasia", "0813 7766 5544", null, "Tolong hubungi saya soal harga grosir.");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        using var anonymous = app.Browser();
        foreach (var page in new[] { "/", "/katalog", $"/produk/{product.Slug}", $"/produk/{product.Slug}?terkirim=1", $"/kelompok/{product.GroupSlug}" })
        {
            var html = await anonymous.GetStringAsync(page, Ct);
            Assert.DoesNotContain("81377665544", html);
            Assert.DoesNotContain("0813 7766 5544", html);
            Assert.DoesNotContain("Pembeli Rahasia", html);
        }
    }

    [Fact]
    public async Task An_unknown_product_takes_no_inquiry()
    {
        var before = await CountAsync();
        var product = await app.PublishedProductAsync();
        using var client = app.Browser();
        using var response = await app.PostInquiryAsync(client, product.Slug, "Salah Alamat", "081270000003", null, "Produk ini tidak ada.",
            target: "/produk/tidak-ada/tanya");

        // 404 from the page (or 400 from the form dispatcher: no such form on a not-found page); never stored.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Equal(before, await CountAsync());
    }
}
