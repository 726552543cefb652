using Bunit;
using MudBlazor.Services;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage.Permits;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Permits;

/// <summary>Issue 16, the member overview: halal certificates about to expire, and programmes for a missing P-IRT with a link to apply.</summary>
public sealed class PermitNoticesTests : ComponentTest
{
    public PermitNoticesTests() => Services.AddMudServices();

    private static ProgrammeChoice Choice(string slug, string title, bool mayApply = true) =>
        new(new ProgrammeView(1, slug, title, ProgrammeKind.Certification, ProgrammeStatus.Open, ApplicationWindow.Open, 1, "BLKP Jambi", PartnerKind.TrainingCentre,
            "Pendampingan SPP-IRT dan kemasan.", "Jambi", "", DateTimeOffset.UtcNow.AddDays(-3), new DateTimeOffset(2027, 1, 15, 16, 0, 0, TimeSpan.Zero), 10, 1,
            [], [], [], false, [], DateTimeOffset.UtcNow), mayApply, [], null);

    [Fact]
    public void Expiring_and_expired_halal_certificates_link_to_their_products()
    {
        using var _ = new CultureScope("id-ID");
        PermitExpiryWarning[] warnings =
        [
            new(12, "Dodol Nanas", 3, "UPPKA Melati", "Kabupaten Muaro Jambi", "ID0041", new DateOnly(2027, 1, 20), 44),
            new(13, "Madu Hutan", 3, "UPPKA Melati", "Kabupaten Muaro Jambi", "ID0042", new DateOnly(2026, 11, 30), -7),
        ];

        var cut = Render<PermitNotices>(p => p.Add(x => x.Expiring, warnings));

        var items = cut.FindAll(".permit-notice--expiry li a");
        Assert.Equal("/kelola/produk/12", items[0].GetAttribute("href"));
        Assert.Equal("Dodol Nanas — No. ID0041, berlaku sampai 20 Januari 2027", items[0].TextContent.Trim());
        Assert.Equal("Madu Hutan — No. ID0042, kedaluwarsa sejak 30 November 2026", items[1].TextContent.Trim());
    }

    [Fact]
    public void Food_products_without_PIRT_see_the_open_programmes_they_may_apply_to()
    {
        using var _ = new CultureScope("id-ID");
        var help = new PirtHelp([new PirtMissingProduct(12, "Keripik Pisang", ProductStatus.Published), new PirtMissingProduct(13, "Dodol", ProductStatus.Draft)],
            [Choice("sertifikasi-pirt-2027", "Pendampingan SPP-IRT 2027"), Choice("kemasan-penuh", "Kelas Kemasan", mayApply: false)]);

        var cut = Render<PermitNotices>(p => p.Add(x => x.Help, help));

        Assert.Contains("2 produk pangan kelompok Anda belum mencantumkan nomor P-IRT", cut.Find(".permit-notice--pirt").TextContent);
        var programme = Assert.Single(cut.FindAll(".permit-notice__programme"));
        Assert.Equal("/program/sertifikasi-pirt-2027", programme.QuerySelector(".permit-notice__programme-title")!.GetAttribute("href"));
        Assert.Equal("/kelola/program/sertifikasi-pirt-2027/daftar", programme.QuerySelector("a.permit-notice__apply")!.GetAttribute("href"));
        Assert.Contains("pendaftaran sampai 15 Januari 2027", programme.TextContent);
        Assert.DoesNotContain("Kelas Kemasan", cut.Markup);
    }

    [Fact]
    public void Nothing_shows_when_every_food_product_has_a_PIRT_or_no_programme_is_open()
    {
        using var _ = new CultureScope("id-ID");

        var none = Render<PermitNotices>(p => p.Add(x => x.Help, new PirtHelp([], [Choice("a", "A")])));
        var noProgramme = Render<PermitNotices>(p => p.Add(x => x.Help, new PirtHelp([new PirtMissingProduct(1, "Keripik", ProductStatus.Draft)], [])));

        Assert.Equal("", none.Markup.Trim());
        Assert.Equal("", noProgramme.Markup.Trim());
    }
}
