using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;
using static UppkaCatalog.Web.Tests.Support.BoothInquiryFlows;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>The group's inquiry list says which booth an inquiry came from (it has no product).</summary>
public sealed class BoothInquiryListTests(InquiryAppFactory app) : IClassFixture<InquiryAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_booth_inquiry_shows_in_the_groups_list_with_a_link_to_the_booth_not_as_a_deleted_product()
    {
        var booth = await BoothAsync(app, Ongoing, Melati);
        var email = await app.QueryAsync(db => db.Users.Where(u => u.GroupId == booth.GroupId).Select(u => u.Email!).FirstAsync(Ct));
        await app.Services.GetRequiredService<InquiryService>().SubmitForBoothAsync(Ongoing, Melati, new InquiryInput
        {
            BuyerName = "Pembeli Dari Stan", Phone = "081311119999", Message = "Saya lihat stan Anda di pameran.",
        }, Ct);
        using var client = await SignedInAsync(app, email);

        using var response = await client.GetAsync("/kelola/pertanyaan?status=semua", Ct);
        var html = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var at = html.IndexOf("Pembeli Dari Stan", StringComparison.Ordinal);
        Assert.True(at >= 0, "the booth inquiry is not in the list");
        var start = html.LastIndexOf("<article", at, StringComparison.Ordinal);
        var card = html[start..html.IndexOf("</article>", at, StringComparison.Ordinal)];
        Assert.Contains("Dari stan di pameran ", card);
        Assert.Contains($"href=\"{BoothPath(Ongoing, Melati)}\"", card);
        Assert.Contains("Gelar Produk UPPKA Provinsi Jambi", card);
        Assert.DoesNotContain("Produk sudah dihapus", card);
    }
}
