using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.BoothInquiryFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Exhibitions;

/// <summary>The booth's inquiry form (no antiforgery token: the booth page is cached) posted to <c>…/stan/{group}/tanya</c>.</summary>
public sealed class BoothInquiryPostTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> CountAsync() => app.QueryAsync(db => db.Inquiries.CountAsync(Ct));

    [Fact]
    public async Task The_form_posts_to_the_booths_inquiry_address_without_an_antiforgery_token()
    {
        using var client = app.Browser();
        using var response = await client.GetAsync(BoothPath(Ongoing, Melati) + "/tanya", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"action=\"{BoothPath(Ongoing, Melati)}/tanya\"", html);
        Assert.Equal(["_handler"], Html.HiddenInputs(html).Keys);
        Assert.Equal(["Input.BuyerName", "Input.Phone", "Input.Quantity"], Html.InputNames(html).Where(n => n.StartsWith("Input.", StringComparison.Ordinal)));
        Assert.Contains("name=\"Input.Message\"", html);
        Assert.Contains("Kirim pertanyaan ke UPPKA Melati", Html.Text(html));
        // No cookie either: the form page is as cacheable as the booth page it stands in for.
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_valid_inquiry_is_stored_with_the_booth_and_its_group_and_the_buyer_is_sent_back_to_the_booth()
    {
        using var client = app.Browser();

        using var response = await PostAsync(client, Ongoing, Melati, "Ibu Rina Stan", "0812-7100-0001", "20", "Apakah keripik pisang bisa dikirim ke Bungo?");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{BoothPath(Ongoing, Melati)}?terkirim=1#tanya", Target(response));
        var booth = await BoothAsync(app, Ongoing, Melati);
        var other = await BoothAsync(app, Ended, Melati);
        var stored = await app.QueryAsync(db => db.Inquiries.AsNoTracking().SingleAsync(i => i.BuyerName == "Ibu Rina Stan", Ct));
        Assert.Equal((booth.Id, booth.GroupId, (int?)null, "+6281271000001", (int?)20, InquiryStatus.New),
            (stored.BoothId!.Value, stored.GroupId, stored.ProductId, stored.BuyerPhone, stored.Quantity, stored.Status));
        Assert.NotEqual(other.Id, stored.BoothId);
        Assert.Equal("Apakah keripik pisang bisa dikirim ke Bungo?", stored.Message);

        var confirmation = Html.Text(await client.GetStringAsync($"{BoothPath(Ongoing, Melati)}/tanya?terkirim=1", Ct));
        Assert.Contains("Terima kasih! Pertanyaan Anda sudah terkirim ke UPPKA Melati.", confirmation);
        Assert.DoesNotContain("Terima kasih!", Html.Text(await client.GetStringAsync($"{BoothPath(Ongoing, Melati)}/tanya", Ct)));
    }

    [Fact]
    public async Task A_booth_of_an_exhibition_that_has_not_opened_yet_takes_inquiries()
    {
        var group = await app.QueryAsync(db => db.Booths.Where(b => b.Exhibition!.Slug == Upcoming).Select(b => b.Group!.Slug).FirstAsync(Ct));
        using var client = app.Browser();

        using var response = await PostAsync(client, Upcoming, group, "Pak Upcoming", "081271000002", null, "Kapan stan mulai melayani pesanan?");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var booth = await BoothAsync(app, Upcoming, group);
        Assert.True(await app.QueryAsync(db => db.Inquiries.AnyAsync(i => i.BuyerName == "Pak Upcoming" && i.BoothId == booth.Id && i.GroupId == booth.GroupId, Ct)));
    }

    public static TheoryData<string, string, string> ForeignPosts => new()
    {
        { "another site", "Origin", "https://penipu.example" },
        { "a sandboxed frame or privacy redirect", "Origin", "null" },
        { "this host on another port", "Origin", "http://localhost:8081" },
        { "a look-alike host", "Origin", "http://localhost.penipu.example" },
        { "no Origin, cross-site fetch", "Sec-Fetch-Site", "cross-site" },
        { "no Origin, sibling subdomain", "Sec-Fetch-Site", "same-site" },
        { "only a foreign Referer", "Referer", "https://penipu.example/halaman" },
    };

    [Theory]
    [MemberData(nameof(ForeignPosts))]
    public async Task A_post_from_another_site_is_refused_403_with_an_Indonesian_page_and_nothing_is_stored(string why, string header, string value)
    {
        var before = await CountAsync();
        using var client = app.Browser();

        using var response = await PostAsync(client, Ongoing, Melati, "Situs Lain " + why, "081271000003", null, "Pesan yang dikirim dari situs lain.",
            new Dictionary<string, string> { [header] = value });
        var body = await AccountFlows.BodyAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Pertanyaan tidak dikirim", body);
        Assert.Contains("hanya bisa dikirim dari halaman stan di situs ini", body);
        Assert.Contains($"href=\"{BoothPath(Ongoing, Melati)}\"", body);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_post_with_no_sign_of_where_it_came_from_is_refused()
    {
        var before = await CountAsync();
        using var client = app.Browser();

        using var response = await PostAsync(client, Ongoing, Melati, "Tanpa Asal", "081271000004", null, "Tidak ada Origin, Sec-Fetch-Site atau Referer.",
            new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    public static TheoryData<string, string> SameOriginWithoutOrigin => new()
    {
        { "Sec-Fetch-Site", "same-origin" },
        { "Referer", "http://localhost/pameran/gelar-produk-uppka-jambi/stan/uppka-melati-sengeti" },
    };

    [Theory]
    [MemberData(nameof(SameOriginWithoutOrigin))]
    public async Task Without_Origin_a_same_origin_fetch_or_referer_is_accepted(string header, string value)
    {
        using var client = app.Browser();
        var name = "Tanpa Origin " + header;

        using var response = await PostAsync(client, Ongoing, Melati, name, "081271000005", null, "Peramban lama tanpa header Origin.",
            new Dictionary<string, string> { [header] = value });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Inquiries.AnyAsync(i => i.BuyerName == name, Ct)));
    }

    [Fact]
    public async Task Bad_input_shows_the_form_again_422_with_each_message_beside_its_field_what_was_typed_and_stores_nothing()
    {
        var before = await CountAsync();
        using var client = app.Browser();

        using var response = await PostAsync(client, Ongoing, Melati, "Pak Budi <b>", "0741 123456", "dua", "Hai");
        var html = await response.Content.ReadAsStringAsync(Ct);
        var text = Html.Text(html);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Periksa kembali isian yang ditandai.", text);
        Assert.Contains("Nomor WhatsApp tidak valid. Tulis nomor Indonesia, mis. 0812 3456 7890.", text);
        Assert.Contains("Jumlah harus angka bulat 1 sampai 100.000, atau kosongkan.", text);
        Assert.Contains("Pesan terlalu pendek: paling sedikit 5 huruf.", text);
        Assert.Contains("id=\"booth-inquiry-phone-error\"", html);
        Assert.DoesNotContain("id=\"booth-inquiry-name-error\"", html);
        Assert.Matches("id=\"booth-inquiry-phone\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("value=\"Pak Budi &lt;b&gt;\"", html);
        Assert.Contains("value=\"0741 123456\"", html);
        Assert.Contains("value=\"dua\"", html);
        Assert.Contains(">Hai</textarea>", html);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_unknown_booth_answers_404_and_takes_no_inquiry()
    {
        var before = await CountAsync();
        using var client = app.Browser();

        using var page = await client.GetAsync(BoothPath(Ongoing, "tidak-ada") + "/tanya", Ct);
        using var post = await PostAsync(client, Ongoing, "tidak-ada", "Salah Alamat", "081271000006", null, "Stan ini tidak ada.");
        using var otherExhibition = await PostAsync(client, "tidak-ada", Melati, "Salah Pameran", "081271000006", null, "Pameran ini tidak ada.");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        // 404 from the page (or 400 from the form dispatcher: no such form on a not-found page); never stored.
        Assert.Contains(post.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Contains(otherExhibition.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_booth_that_is_not_accepted_or_in_a_draft_takes_no_inquiry()
    {
        var before = await CountAsync();
        using var client = app.Browser();
        const string group = "uppka-dahlia-bangko";
        await SetAsync(app, Ongoing, group, BoothStatus.Withdrawn);
        try
        {
            using var withdrawn = await PostAsync(client, Ongoing, group, "Stan Mundur", "081271000007", null, "Stan ini sudah mundur.");
            Assert.Contains(withdrawn.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        }
        finally
        {
            await SetAsync(app, Ongoing, group, BoothStatus.Accepted);
        }

        var upcomingGroup = await app.QueryAsync(db => db.Booths.Where(b => b.Exhibition!.Slug == Upcoming).Select(b => b.Group!.Slug).Skip(1).FirstAsync(Ct));
        await SetAsync(app, Upcoming, ExhibitionStatus.Draft);
        try
        {
            using var draft = await PostAsync(client, Upcoming, upcomingGroup, "Pameran Draf", "081271000008", null, "Pameran ini masih draf.");
            Assert.Contains(draft.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        }
        finally
        {
            await SetAsync(app, Upcoming, ExhibitionStatus.Published);
        }

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_archived_exhibition_is_closed_to_inquiries_with_a_message_and_nothing_is_stored()
    {
        var before = await CountAsync();
        using var client = app.Browser();
        // The form page still comes from the booth read (today: published exhibitions), so fetch the fields first.
        var form = Html.HiddenInputs(await client.GetStringAsync(BoothPath(Ended, Melati) + "/tanya", Ct));
        await SetAsync(app, Ended, ExhibitionStatus.Archived);
        try
        {
            form["Input.BuyerName"] = "Arsip";
            form["Input.Phone"] = "081271000009";
            form["Input.Message"] = "Apakah stan arsip masih menerima pesan?";
            using var request = new HttpRequestMessage(HttpMethod.Post, BoothPath(Ended, Melati) + "/tanya") { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("Origin", ThisSite);
            using var response = await client.SendAsync(request, Ct);

            // Refused by the service either way: 422 with the message while the booth page is readable, 404/400 if not.
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                Assert.Contains("Pameran ini sudah ditutup", await AccountFlows.BodyAsync(response));
            }
            else
            {
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
            }
        }
        finally
        {
            await SetAsync(app, Ended, ExhibitionStatus.Published);
        }

        Assert.Equal(before, await CountAsync());
    }

    private static string Target(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        Assert.NotNull(location);
        if (!location.IsAbsoluteUri) return location.OriginalString;
        Assert.Equal("localhost", location.Host);
        return location.PathAndQuery + location.Fragment;
    }
}
