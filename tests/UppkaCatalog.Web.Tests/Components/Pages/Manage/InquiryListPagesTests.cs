using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>Who sees buyers' numbers: the group's own members in /kelola/pertanyaan, staff in /staf/pertanyaan, nobody else.</summary>
public sealed class InquiryListPagesTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An inquiry to a published product of the n-th demo group; returns the buyer's number in E.164.</summary>
    private async Task<string> InquiryToGroupAsync(int n, string buyer, string phone)
    {
        var member = await MemberActorAsync(app, n);
        var slug = (await app.Services.GetRequiredService<ProductEditingService>().ListOwnAsync(member, ProductStatus.Published, Ct))[0].Slug;
        await app.Services.GetRequiredService<InquiryService>().SubmitForProductAsync(slug, new InquiryInput
        {
            BuyerName = buyer, Phone = phone, Message = "Apakah masih tersedia minggu ini?",
        }, Ct);
        return "+62" + phone.TrimStart('0');
    }

    [Fact]
    public async Task A_member_sees_their_own_groups_inquiries_with_numbers_and_not_another_groups()
    {
        var own = await InquiryToGroupAsync(1, "Pembeli Kelompok Satu", "081311110001");
        var other = await InquiryToGroupAsync(2, "Pembeli Kelompok Dua", "081311110002");
        using var client = await SignedInAsync(app, "anggota1@uppka.test");

        using var response = await client.GetAsync("/kelola/pertanyaan?status=semua", Ct);
        var html = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pembeli Kelompok Satu", html);
        Assert.Contains(own, html);
        Assert.Contains($"https://wa.me/{own.TrimStart('+')}?text=", html);
        Assert.DoesNotContain("Pembeli Kelompok Dua", html);
        Assert.DoesNotContain(other.TrimStart('+'), html);
        Assert.Contains("href=\"/kelola/pertanyaan\"", html);

        var open = await app.Services.GetRequiredService<InquiryService>().CountOpenAsync(await MemberActorAsync(app, 1), Ct);
        Assert.True(open >= 1);
        Assert.Contains($"Ada {open} pertanyaan pembeli yang belum ditangani.", await BodyAsync(await client.GetAsync("/kelola", Ct)));
    }

    [Fact]
    public async Task Staff_see_every_groups_inquiries_and_members_and_visitors_cannot_open_the_staff_list()
    {
        var first = await InquiryToGroupAsync(3, "Pembeli Staf Tiga", "081311110003");
        var second = await InquiryToGroupAsync(4, "Pembeli Staf Empat", "081311110004");
        using var staff = await SignedInAsync(app, StaffEmail);

        var html = await BodyAsync(await staff.GetAsync("/staf/pertanyaan", Ct));

        Assert.Contains(first, html);
        Assert.Contains(second, html);
        Assert.Contains("href=\"/staf/pertanyaan\"", html);

        // The staff preview of a listing shows it as buyers see it, but without the inquiry form.
        var product = await app.PublishedProductAsync();
        var preview = await BodyAsync(await staff.GetAsync($"/staf/moderasi/{product.Id}", Ct));
        Assert.Contains(product.Name, preview);
        Assert.Contains("product-info__price", preview);
        Assert.DoesNotContain("id=\"tanya\"", preview);
        Assert.DoesNotContain("Kirim pertanyaan", preview);

        using var member = await SignedInAsync(app, "anggota3@uppka.test");
        using var refused = await member.GetAsync("/staf/pertanyaan", Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/akun/ditolak", Target(refused));

        using var anonymous = app.Browser();
        foreach (var path in new[] { "/staf/pertanyaan", "/kelola/pertanyaan" })
        {
            using var signIn = await anonymous.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal("/masuk?kembali=" + Uri.EscapeDataString(path), Target(signIn));
        }
    }
}
