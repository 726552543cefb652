using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.BrowserTests.Pages.Account;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Programmes;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>
/// Staff and the partners: register a partner (its own, uniquely named), invite an officer who lands in <c>/mitra</c>; the
/// programme report shows the demo's closed equipment aid with its equipment value; axe and 360/1280 screenshots of both pages.
/// </summary>
public sealed class StaffPartnersTests(AppFixture app) : BrowserTest(app)
{
    private const string Aid = "bantuan-peralatan-teknologi-tepat-guna-2026";

    [Fact]
    public async Task Staff_register_a_partner_and_invite_an_officer_who_lands_in_the_partner_area()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5];
        var name = $"Koperasi Mekar {suffix}";
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var partners = new StaffPartnersPage(page);
        await partners.OpenAsync();

        await partners.RegisterButton.ClickAsync();
        await Expect(partners.Field("partner-name")).ToBeVisibleAsync();
        // Nothing named and a bad phone: the service's messages, under their fields.
        await partners.Field("partner-contact-phone").FillAsync("12");
        await partners.SubmitButton.ClickAsync();
        await Expect(partners.FieldMessage("partner-name")).ToBeVisibleAsync();
        await Expect(partners.FieldMessage("partner-contact-phone")).ToBeVisibleAsync();

        await partners.Field("partner-name").FillAsync(name);
        await partners.Kind.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Bank atau koperasi" });
        await partners.Regency("Kota Jambi").CheckAsync();
        await partners.Field("partner-contact-name").FillAsync("Ibu Ratna");
        await partners.Field("partner-contact-phone").FillAsync("0741 555 200");
        await partners.SubmitButton.ClickAsync();

        // Registered: on to the partner's page, where its officers are invited.
        await page.ArrivedAsync(url => new Uri(url).AbsolutePath.StartsWith("/staf/mitra/", StringComparison.Ordinal));
        var partner = new StaffPartnerPage(page);
        await partner.WaitInteractiveAsync();
        await Expect(partner.Heading).ToHaveTextAsync(name);
        await Expect(page.Locator("main")).ToContainTextAsync("Bank atau koperasi · Kota Jambi");
        var link = await partner.CreateInvitationAsync("Pak Darmawan");

        Assert.StartsWith(App.BaseUrl + "undangan/", link);
        Assert.Contains(Uri.EscapeDataString(link), await partner.WhatsAppShare.GetAttributeAsync("href"));
        await Expect(partner.InvitationRows).ToHaveCountAsync(1);
        await Expect(partner.InvitationRows.First).ToContainTextAsync("Belum dipakai");

        // The officer, in a browser of their own.
        var officer = await NewPageAsync(width: 360);
        var accept = new InvitationAcceptPage(officer);
        await accept.OpenAsync(link);
        await Expect(officer.Locator("main")).ToContainTextAsync($"petugas {name}");
        var number = "+62813" + Random.Shared.Next(10_000_000, 99_999_999);
        await accept.AcceptAsync(number, "Sungai Batanghari pagi hari");
        await officer.ArrivedAsync(url => new Uri(url).AbsolutePath == "/mitra");
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(number);
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, Roles.Partner));
        Assert.Null(user.GroupId);
        Assert.Equal(name, await StaffTestData.QueryAsync(App, db => db.Partners.Where(p => p.Id == user.PartnerId).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task Staff_nominate_a_group_and_see_why_a_programme_or_a_second_nomination_is_refused()
    {
        var groups = App.Services.GetRequiredService<GroupService>();
        var group = await groups.RegisterAsync(await StaffTestData.StaffActorAsync(App), new GroupRegistrationInput
        {
            Name = StaffTestData.UniqueName("UPPKA Benang Emas"), RegistrationNumber = $"REG-{Guid.NewGuid().ToString("N")[..6]}", RegencyCode = "1571",
            District = "Telanaipura", Village = "Buluran Kenali", Sector = "Jahit dan Busana",
        }, TestContext.Current.CancellationToken);
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var panel = new NominationPanel(page);
        await panel.OpenAsync(group.Id);

        // The food training takes food and drinks groups only: the service says so, under the choice.
        await panel.NominateAsync("Pelatihan Pengolahan Pangan dan Kemasan");
        await Expect(panel.Error).ToContainTextAsync("bidang");
        await panel.NominateAsync("Pelatihan Menjahit Busana Muslim");
        await Expect(panel.Done).ToContainTextAsync("Pelatihan Menjahit Busana Muslim");
        await Expect(panel.Error).ToHaveCountAsync(0);
        await panel.NominateAsync("Pelatihan Menjahit Busana Muslim");
        await Expect(panel.Error).ToBeVisibleAsync();

        var applications = await StaffTestData.QueryAsync(App, db => db.ProgrammeApplications.Where(a => a.GroupId == group.Id)
            .Select(a => new { a.Programme!.Slug, a.Status, a.NominatedById }).ToListAsync());
        var nominated = Assert.Single(applications);
        Assert.Equal(("pelatihan-menjahit-busana-muslim-2026", ApplicationStatus.Applied), (nominated.Slug, nominated.Status));
        Assert.NotNull(nominated.NominatedById);
    }

    [Fact]
    public async Task The_report_shows_the_closed_equipment_aid_with_its_equipment_value()
    {
        var expected = await StaffTestData.QueryAsync(App, db => db.Deliveries
            .Where(d => d.Kind == DeliveryKind.Equipment && d.Application!.Programme!.Slug == Aid).SumAsync(d => d.Rupiah));
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var report = new ProgrammeReportPage(page);
        await report.OpenAsync();

        var row = report.Row("programmes", Aid);
        await Expect(row).ToContainTextAsync("Bantuan Peralatan Teknologi Tepat Guna");
        await Expect(row).ToContainTextAsync("Disnakertrans Provinsi Jambi · ditutup");
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync(Rupiah.Format(expected));
        Assert.True(expected >= 8_800_000);
        await Expect(report.Downloads).ToHaveCountAsync(2);
        await Expect(report.Table("regencies").Locator("tbody tr")).ToHaveCountAsync(11);
    }

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "staf-mitra", "staf-program-laporan" })
        {
            data.Add(name, 360);
            data.Add(name, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_has_no_serious_axe_violations_and_fits_a_phone(string name, int width)
    {
        var page = await NewPageAsync(width);
        await StaffAreaPage.SignInAsync(page);
        StaffAreaPage view;
        if (name == "staf-mitra")
        {
            var partners = new StaffPartnersPage(page);
            await partners.OpenAsync();
            await Expect(partners.Row("blkp-provinsi-jambi")).ToBeVisibleAsync();
            view = partners;
        }
        else
        {
            var report = new ProgrammeReportPage(page);
            await report.OpenAsync();
            await Expect(report.Row("programmes", Aid)).ToBeVisibleAsync();
            view = report;
        }

        var file = App.ScreenshotPath($"{name}-{width}");
        await view.ScreenshotAsync(file);
        await LookChecks.AssertAxeCleanAsync(page);
        if (width > 400) return;
        await LookChecks.AssertFitsAsync(view, width, file);
    }
}
