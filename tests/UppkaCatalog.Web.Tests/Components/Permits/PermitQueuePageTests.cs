using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Support.AccountFlows;

namespace UppkaCatalog.Web.Tests.Components.Permits;

/// <summary>
/// Issue 16, <c>/staf/izin</c> as the server first sends it: a waiting permit with its number, product, group and the
/// decision form; the filters in the address; the staff menu links to it (anonymous and members: StaffAccessTests).
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class PermitQueuePageTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A draft of demo member 7 with a P-IRT number of its own, so it waits in the queue.</summary>
    private async Task<(int Id, string Number, string Regency)> WaitingPirtAsync(string name)
    {
        var actor = await MemberActorAsync(app, 7);
        var number = $"2081505{Random.Shared.Next(100000, 999999)}-26";
        var draft = await app.Services.GetRequiredService<ProductEditingService>().CreateDraftAsync(actor, new ProductInput
        {
            Name = name, CategorySlug = "makanan-olahan", Description = "Keripik tempe renyah.", Price = 15_000, Unit = "bungkus", MinimumOrder = 1,
            PirtNumber = number,
        }, Ct);
        var regency = await app.QueryAsync(db => db.Groups.Where(g => g.Id == actor.GroupId).Select(g => g.Regency!.Code).SingleAsync(Ct));
        return (draft.Id, number, regency);
    }

    private async Task<string> LastPageAsync(string regency)
    {
        var queue = await app.Services.GetRequiredService<PermitService>().QueueAsync(await StaffActorAsync(app),
            new PermitQueueQuery { Regency = regency, Kind = PermitKind.Pirt }, Ct);
        var pages = Math.Max(1, (int)Math.Ceiling(queue.TotalCount / (double)queue.PageSize));
        return $"/staf/izin?wilayah={regency}&jenis=pirt" + (pages > 1 ? $"&halaman={pages}" : "");
    }

    [Fact]
    public async Task A_waiting_PIRT_number_is_listed_with_product_group_and_the_decision_form()
    {
        var (id, number, regency) = await WaitingPirtAsync("Keripik Antrean Izin " + Guid.NewGuid().ToString("N")[..5]);
        using var client = await SignedInAsync(app, StaffEmail);

        using var response = await client.GetAsync(await LastPageAsync(regency), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        var item = page.QuerySelector($"li.permit-item--pirt[data-product='{id}']");
        Assert.NotNull(item);
        Assert.Equal(number, item.QuerySelector(".permit-item__number")!.TextContent);
        Assert.Equal($"/staf/moderasi/{id}", item.QuerySelector("a.permit-item__product")!.GetAttribute("href"));
        Assert.Equal("Belum ada foto sertifikat", item.QuerySelector(".permit-item__nophoto")!.TextContent);
        Assert.NotNull(item.QuerySelector(".decision-form__verify-button"));
        Assert.NotNull(item.QuerySelector(".decision-form__refuse-button"));
        // No halal date for a P-IRT.
        Assert.Null(item.QuerySelector(".decision-form__expires"));
        Assert.Contains(page.QuerySelectorAll("nav.staff-nav a"), a => a.GetAttribute("href") == "/staf/izin");
    }

    [Fact]
    public async Task Another_kind_filter_leaves_the_PIRT_number_out()
    {
        var (id, _, regency) = await WaitingPirtAsync("Keripik Saring Izin " + Guid.NewGuid().ToString("N")[..5]);
        using var client = await SignedInAsync(app, StaffEmail);

        var html = await client.GetStringAsync($"/staf/izin?wilayah={regency}&jenis=halal", Ct);

        Assert.Contains("Verifikasi izin", html);
        Assert.DoesNotContain($"data-product=\"{id}\"", html);
    }
}
