using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Paths;

namespace UppkaCatalog.Web.Tests.Paths;

/// <summary>
/// The route helpers: a slug with a slash, query and fragment characters, spaces and non-ASCII letters stays one path
/// segment, and every address a helper builds is one that a page or endpoint of the app answers.
/// </summary>
public sealed class SitePathsTests
{
    private const string OddSlug = "kue & camilan/ibu?x=1#é";
    private const string OddEscaped = "kue%20%26%20camilan%2Fibu%3Fx%3D1%23%C3%A9";

    [Fact]
    public void An_odd_slug_is_escaped_as_one_segment_in_every_public_address()
    {
        Assert.Equal("/produk/" + OddEscaped, ProductPaths.Product(OddSlug));
        Assert.Equal("/produk/" + OddEscaped + "/tanya", ProductPaths.Inquiry(OddSlug));
        Assert.Equal("/produk/" + OddEscaped + "?stan=12", ProductPaths.FromBooth(OddSlug, 12));
        Assert.Equal("/kelompok/" + OddEscaped, GroupPaths.Storefront(OddSlug));
        Assert.Equal("/pameran/" + OddEscaped, ExhibitionPaths.Hall(OddSlug));
        Assert.Equal("/pameran/" + OddEscaped + "/stan/" + OddEscaped, BoothPaths.Booth(OddSlug, OddSlug));
        Assert.Equal("/pameran/" + OddEscaped + "/stan/" + OddEscaped + "/tanya", BoothPaths.Inquiry(OddSlug, OddSlug));
        Assert.Equal("/pameran/" + OddEscaped + "/stan/" + OddEscaped + "/poster", BoothPaths.Poster(OddSlug, OddSlug));
        Assert.Equal("/pameran/" + OddEscaped + "/stan/" + OddEscaped + "/whatsapp", BoothPaths.WhatsApp(OddSlug, OddSlug));
        Assert.Equal("/katalog?kategori=" + OddEscaped, CatalogPaths.Category(OddSlug));
        Assert.Equal("/undangan/" + OddEscaped, AccountPaths.Invitation(OddSlug));
    }

    [Fact]
    public void The_catalogue_share_link_carries_the_escaped_pdf_address_as_one_whatsapp_text()
    {
        var pdf = "https://katalog.uppka.id" + GroupPaths.Catalogue(OddSlug);

        Assert.Equal("https://wa.me/?text=" + Uri.EscapeDataString(pdf), GroupPaths.CatalogueShare(pdf));
        var withMessage = GroupPaths.CatalogueShare(pdf, "Katalog UPPKA Melati & Kenanga:");
        Assert.Equal("Katalog UPPKA Melati & Kenanga: " + pdf, Uri.UnescapeDataString(withMessage["https://wa.me/?text=".Length..]));
        Assert.DoesNotContain("&", withMessage); // the message's "&" cannot end the text parameter
    }

    [Fact]
    public void Ordinary_slugs_read_as_they_are_written()
    {
        Assert.Equal("/pameran/gelar-uppka-2026/stan/uppka-melati", BoothPaths.Booth("gelar-uppka-2026", "uppka-melati"));
        Assert.Equal("/produk/keripik-tempe", ProductPaths.Product("keripik-tempe"));
    }

    [Fact]
    public void Preview_adds_the_flag_only_when_asked_for()
    {
        Assert.Equal("/pameran/gelar?pratinjau=1", ExhibitionPaths.Hall("gelar", preview: true));
        Assert.Equal("/pameran/gelar", ExhibitionPaths.Hall("gelar", preview: false));
        Assert.Equal("/pameran/gelar/stan/melati?pratinjau=1", BoothPaths.Booth("gelar", "melati", preview: true));
        Assert.Equal("/pameran/gelar/stan/melati", BoothPaths.Booth("gelar", "melati", preview: false));
    }

    [Fact]
    public void Query_values_are_escaped_too()
    {
        Assert.Equal("/masuk?kembali=%2Fkelola%2Fproduk%3Fstatus%3Dditolak", AccountPaths.SignInReturningTo("/kelola/produk?status=ditolak"));
        Assert.Equal("/bahasa?c=en&kembali=%2Fkatalog%3Fq%3Dkue%20basah", AccountPaths.SwitchLanguage("en", "/katalog?q=kue basah"));
        Assert.Equal("/kelola/produk?status=ditolak", ManagePaths.ProductsWith(ProductStatus.Rejected));
        Assert.Equal("/kelola/pertanyaan?status=a%26b", ManagePaths.InquiriesWith("a&b"));
        Assert.Equal("/staf/pameran/7/statistik.csv?tabel=hari", StaffPaths.StatsCsv(7, "hari"));
    }

    /// <summary>Every sample address must be answered by a page's <c>@page</c> template (or an endpoint's constant).</summary>
    public static TheoryData<string> Addresses() =>
    [
        ManagePaths.Home, ManagePaths.Products, ManagePaths.NewProduct, ManagePaths.Product(42), ManagePaths.ProductLabel(42), ManagePaths.Profile,
        ManagePaths.Inquiries, ManagePaths.Exhibitions, ManagePaths.Booth(3), ManagePaths.BoothStats(3),
        StaffPaths.Home, StaffPaths.Moderation, StaffPaths.Review(42), StaffPaths.Groups, StaffPaths.Group(5), StaffPaths.Inquiries,
        StaffPaths.Exhibitions, StaffPaths.NewExhibition, StaffPaths.Exhibition(3), StaffPaths.ExhibitionStats(3),
        ExhibitionPaths.List, ExhibitionPaths.Hall(OddSlug), BoothPaths.Booth(OddSlug, OddSlug), BoothPaths.Inquiry(OddSlug, OddSlug),
        BoothPaths.Poster(OddSlug, OddSlug), ProductPaths.Product(OddSlug), ProductPaths.Inquiry(OddSlug), GroupPaths.Storefront(OddSlug),
        CatalogPaths.Catalog, AccountPaths.SignIn, AccountPaths.Account, AccountPaths.ChangePassword, AccountPaths.AccessDenied,
        AccountPaths.Invitation("abc_DEF-123"),
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public void Each_address_is_a_page_of_the_app(string address)
    {
        var templates = typeof(SitePath).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .ToList();
        Assert.Contains(templates, t => Matches(t, address));
    }

    [Fact]
    public void Endpoint_addresses_fit_their_templates()
    {
        Assert.True(Matches(ManagePaths.PhotoUploadTemplate, ManagePaths.PhotoUpload(42)));
        Assert.True(Matches(ManagePaths.BannerUploadTemplate, ManagePaths.BannerUpload(3, Guid.NewGuid())));
        Assert.True(Matches(StaffPaths.StatsCsvTemplate, StaffPaths.StatsCsv(3, "stan")));
        Assert.True(Matches(StaffPaths.StatsXlsxTemplate, StaffPaths.StatsXlsx(3)));
    }

    /// <summary>Route matching as the router does it on the path (the query is not part of a template).</summary>
    private static bool Matches(string template, string address)
    {
        var path = address.Split('?')[0];
        var values = new RouteValueDictionary();
        var matched = new TemplateMatcher(TemplateParser.Parse(template), []).TryMatch(path, values);
        // {Id:int} is a constraint the matcher leaves to the router: check it here so "/kelola/produk/x" would fail.
        return matched && TemplateParser.Parse(template).Parameters
            .Where(p => p.InlineConstraints.Any(c => c.Constraint == "int"))
            .All(p => int.TryParse(values[p.Name!]?.ToString(), out _));
    }
}
