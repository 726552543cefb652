using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff;

/// <summary>The staff pages' first (prerendered) HTML: what staff see before the circuit connects.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class StaffPagesTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_queue_lists_a_submitted_listing_with_group_price_and_a_link_to_review_it()
    {
        var id = await StaffFlows.PendingProductAsync(app, "Keripik Antrean Uji", member: 6);
        var group = await app.QueryAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Group!.Name).SingleAsync(Ct));
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync("/staf/moderasi", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keripik Antrean Uji", html);
        Assert.Contains(group, html);
        Assert.Contains("Rp 18.000", html);
        Assert.Contains($"href=\"/staf/moderasi/{id}\"", html);
    }

    [Fact]
    public async Task The_review_page_shows_the_listing_as_buyers_will_and_the_decision_buttons()
    {
        var id = await StaffFlows.PendingProductAsync(app, "Keripik Tinjau Uji");
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync($"/staf/moderasi/{id}", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The public product page's body: its heading, price, description, photo.
        Assert.Matches("<h1[^>]*>Keripik Tinjau Uji</h1>", html);
        Assert.Contains("product-info__price", html);
        Assert.Contains("Rp 18.000", html);
        Assert.Contains("pisang kepok", html);
        Assert.Contains("alt=\"Kemasan Keripik Tinjau Uji\"", html);
        Assert.Contains("Setujui", html);
        Assert.Contains("Alasan penolakan", html);
    }

    [Fact]
    public async Task A_review_page_for_a_listing_that_does_not_exist_says_so()
    {
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync("/staf/moderasi/987654", Ct);

        var html = await BodyAsync(response);
        Assert.Contains("Produk tidak ditemukan", html);
        Assert.DoesNotContain("Setujui", html);
    }

    [Fact]
    public async Task The_groups_page_lists_the_groups_with_links_to_each()
    {
        var group = await GroupAsync(app, 0);
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync("/staf/kelompok", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(group.Name, html);
        Assert.Contains($"href=\"/staf/kelompok/{group.Id}\"", html);
        Assert.Contains("Daftarkan kelompok", html);
    }

    [Fact]
    public async Task A_group_page_lists_its_invitations_without_ever_showing_a_token()
    {
        var group = await GroupAsync(app, 3);
        var invitation = await InviteAsync(app, group.Id, "Ibu Daftar Undangan");
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync($"/staf/kelompok/{group.Id}", Ct);

        var html = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(group.Name, html);
        Assert.Contains("Ibu Daftar Undangan", html);
        Assert.Contains("Belum dipakai, berlaku sampai", html);
        Assert.Contains("Buat undangan", html);
        Assert.DoesNotContain(invitation.Token, html);
    }
}
