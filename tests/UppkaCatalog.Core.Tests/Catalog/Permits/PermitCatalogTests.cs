using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Core.Tests.Programmes;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog.Permits;

/// <summary>
/// What buyers see of permits: cards, the product page, the "izin terverifikasi" filter (SQLite filters Products in LINQ;
/// PostgreSQL's word search filters its search rows: the same tests on both), the dashboard count, the P-IRT hint.
/// Every product here is in Kabupaten Kerinci (1501) or Tanjung Jabung Timur (1504), so the other classes' products never count.
/// </summary>
public sealed class PermitCatalogTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_filter_keeps_products_with_a_verified_permit_with_and_without_search_words()
    {
        var (group, _) = await w.GroupInAsync("saring-kerinci", "1501");
        var verifiedPirt = await w.ProductAsync(group.Id, "saring-pirt-terverifikasi", pirt: "P-100", name: "Kopi Kerinci Bubuk");
        var verifiedHalal = await w.ProductAsync(group.Id, "saring-halal-terverifikasi", halal: "H-100", pirt: "P-101", name: "Kopi Kerinci Sangrai");
        var waiting = await w.ProductAsync(group.Id, "saring-menunggu", pirt: "P-102", name: "Kopi Kerinci Menunggu");
        var refused = await w.ProductAsync(group.Id, "saring-ditolak", pirt: "P-103", name: "Kopi Kerinci Ditolak");
        var changed = await w.ProductAsync(group.Id, "saring-diubah", pirt: "P-104", name: "Kopi Kerinci Diubah");
        var draft = await w.ProductAsync(group.Id, "saring-draf", pirt: "P-105", status: ProductStatus.Draft, name: "Kopi Kerinci Draf");
        await w.Permits().VerifyAsync(w.Staff, verifiedPirt.Id, PermitKind.Pirt, new("Cocok"), Ct);
        await w.Permits().VerifyAsync(w.Staff, verifiedHalal.Id, PermitKind.Halal, new("Cocok", w.Today().AddDays(365)), Ct);
        await w.Permits().RefuseAsync(w.Staff, refused.Id, PermitKind.Pirt, "Tidak cocok", ct: Ct);
        await w.Permits().VerifyAsync(w.Staff, changed.Id, PermitKind.Pirt, new("Cocok"), Ct);
        await w.Permits().VerifyAsync(w.Staff, draft.Id, PermitKind.Pirt, new("Cocok"), Ct);
        await w.SetNumberAsync(changed.Id, PermitKind.Pirt, "P-104-baru");

        Assert.Equal(6 - 1, (await SlugsAsync(new CatalogQuery { Regency = "1501" })).Count);
        Assert.Equal([verifiedHalal.Slug, verifiedPirt.Slug], await SlugsAsync(new CatalogQuery { Regency = "1501", VerifiedOnly = true }));
        Assert.Equal([verifiedHalal.Slug, verifiedPirt.Slug], await SlugsAsync(new CatalogQuery { Text = "kopi kerinci", VerifiedOnly = true }));
        Assert.Equal([verifiedPirt.Slug], await SlugsAsync(new CatalogQuery { Text = "bubuk", VerifiedOnly = true }));
        Assert.Empty(await SlugsAsync(new CatalogQuery { Text = "menunggu", VerifiedOnly = true }));
        // With a permit asked for, that permit must be the verified one: the halal product's P-IRT is only waiting.
        Assert.Equal([verifiedPirt.Slug], await SlugsAsync(new CatalogQuery { Regency = "1501", Certifications = Certification.Pirt, VerifiedOnly = true }));
        Assert.Equal([verifiedPirt.Slug], await SlugsAsync(new CatalogQuery { Text = "kopi", Regency = "1501", Certifications = Certification.Pirt, VerifiedOnly = true }));
        Assert.Equal([verifiedHalal.Slug], await SlugsAsync(new CatalogQuery { Text = "kopi", Certifications = Certification.Halal, VerifiedOnly = true }));
        Assert.Empty(await SlugsAsync(new CatalogQuery { Text = "kopi", Certifications = Certification.Halal | Certification.Pirt, VerifiedOnly = true }));
        var applied = (await w.Catalog.SearchAsync(new CatalogQuery { VerifiedOnly = true }, Ct)).Applied;
        Assert.True(applied.VerifiedOnly && applied.HasFilters);
    }

    [Fact]
    public async Task Cards_and_the_product_page_say_verified_only_for_the_verified_permits()
    {
        var (group, _) = await w.GroupInAsync("tampil-tanjabtim", "1504");
        var p = await w.ProductAsync(group.Id, "tampil-tiga-izin", pirt: "P-200", halal: "H-200", bpom: "MD 200");
        await w.Permits().VerifyAsync(w.Staff, p.Id, PermitKind.Halal, new("Cocok", w.Today().AddDays(200)), Ct);
        await w.Permits().RefuseAsync(w.Staff, p.Id, PermitKind.Bpom, "Nomor tidak terdaftar", ct: Ct);

        var detail = (await w.Catalog.GetPublishedAsync(p.Slug, Ct))!;
        Assert.Equal(
            [(PermitKind.Pirt, "P-200", false, (DateOnly?)null), (PermitKind.Halal, "H-200", true, w.Today().AddDays(200)), (PermitKind.Bpom, "MD 200", false, null)],
            detail.Permits.Select(x => (x.Kind, x.Number, x.Verified, x.ExpiresOn)));
        Assert.NotNull(detail.Permits[1].VerifiedAt);
        var card = (await w.Catalog.SearchAsync(new CatalogQuery { Regency = "1504" }, Ct)).Results.Items.Single(c => c.Id == p.Id);
        Assert.Equal([PermitKind.Halal], card.VerifiedPermits);

        var figures = await w.Get<RegencyDashboardService>().GetFiguresAsync(w.Staff, Ct);
        var row = figures.Regencies.Single(r => r.Code == "1504");
        Assert.Equal((1, 1), (row.Figures.PublishedProducts, row.Figures.VerifiedProducts));
        Assert.True(figures.Totals.VerifiedProducts >= 1);
    }

    [Fact]
    public async Task A_group_with_food_products_without_PIRT_is_shown_the_open_certification_programmes_it_may_apply_to()
    {
        var (food, member) = await w.GroupInAsync("pirt-bantuan", "1505");
        var (craft, craftMember) = await w.GroupInAsync("pirt-kerajinan", "1505");
        var missing = await w.ProductAsync(food.Id, "pirt-belum-ada", name: "Dodol Tanpa PIRT");
        await w.ProductAsync(food.Id, "pirt-sudah-ada", pirt: "P-300");
        await w.ProductAsync(craft.Id, "pirt-anyaman", category: "anyaman");
        var partners = w.Get<PartnerService>();
        var programmes = w.Get<ProgrammeService>();
        var partner = await partners.CreateAsync(w.Staff, new PartnerInput { Name = "Dinas Kesehatan Uji", Kind = PartnerKind.TrainingCentre }, Ct);
        async Task<ProgrammeView> OpenAsync(string title, ProgrammeKind kind)
        {
            var input = ProgrammeWorld.Training(title);
            input.Kind = kind;
            input.PartnerId = partner.Id;
            input.Regencies = ["1505"];
            var created = await programmes.CreateAsync(w.Staff, input, Ct);
            await programmes.SetStatusAsync(w.Staff, created.Id, ProgrammeStatus.Open, Ct);
            return created;
        }

        var certification = await OpenAsync("Pendampingan SPP-IRT dan Kemasan", ProgrammeKind.Certification);
        await OpenAsync("Pelatihan Pemasaran", ProgrammeKind.Training);

        var help = await w.Permits().PirtHelpAsync(member, Ct);
        Assert.Equal([missing.Id], help.Products.Select(x => x.ProductId));
        Assert.Equal([certification.Id], help.Programmes.Select(c => c.Programme.Id));
        var none = await w.Permits().PirtHelpAsync(craftMember, Ct);
        Assert.Empty(none.Products);
        Assert.Empty(none.Programmes);
    }

    private async Task<List<string>> SlugsAsync(CatalogQuery query) =>
        (await w.Catalog.SearchAsync(query, Ct)).Results.Items.Select(c => c.Slug).Order().ToList();
}
