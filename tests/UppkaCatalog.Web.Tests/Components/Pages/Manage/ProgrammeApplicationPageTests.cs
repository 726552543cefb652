using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Partners;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary><c>/kelola/program/{slug}/daftar</c> in bUnit over the real services: refusals under their fields, a second application as a message.</summary>
public sealed class ProgrammeApplicationPageTests : EditorTestBase
{
    [Fact]
    public async Task Sending_an_empty_training_form_puts_each_message_under_its_field_and_writes_nothing()
    {
        using var culture = new CultureScope("id-ID");
        await ProgrammeAsync(zakat: true);
        var page = Render<ProgrammeApplicationPage>(p => p.Add(x => x.Slug, "pelatihan-uji"));
        page.WaitForElement(".action-send");

        Assert.Equal(2, page.FindAll(".field-attendees-0, .field-attendees-1").Count);
        await page.Find(".action-send").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Tulis alasan kelompok ingin ikut program ini.",
            page.Find(".field-motivation .mud-input-helper-text.mud-input-error").TextContent.Trim()));
        Assert.False(string.IsNullOrWhiteSpace(page.Find("#attendees-error").TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.Find("#zakatDeclared-error").TextContent));
        Assert.Contains("Periksa isian yang ditandai.", page.Find(".summary").TextContent);
        await using var db = await Db.CreateDbContextAsync(Ct);
        Assert.Equal(0, await db.ProgrammeApplications.CountAsync(Ct));
    }

    [Fact]
    public async Task A_second_application_of_the_group_is_shown_as_a_plain_message()
    {
        using var culture = new CultureScope("id-ID");
        await ProgrammeAsync(zakat: false);
        var page = Render<ProgrammeApplicationPage>(p => p.Add(x => x.Slug, "pelatihan-uji"));
        page.WaitForElement(".action-send");
        // Another member of the group applies meanwhile.
        await Applications.ApplyAsync(Member, "pelatihan-uji", new ApplicationInput { Motivation = "Dulu.", Attendees = ["Ani"] }, Ct);

        await page.Find(".field-motivation textarea").InputAsync(new ChangeEventArgs { Value = "Kami ingin belajar." });
        await page.Find(".field-attendees-0 input").InputAsync(new ChangeEventArgs { Value = "Budi" });
        await page.Find(".action-send").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("Kelompok sudah terdaftar", page.Find(".conflict").TextContent));
    }

    private ProgrammeApplicationService Applications => Services.GetService<ProgrammeApplicationService>()!;

    private async Task ProgrammeAsync(bool zakat)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        var now = DateTimeOffset.UtcNow;
        var partner = new Core.Partners.Partner { Slug = "mitra-uji", Name = "Mitra Uji", Kind = PartnerKind.TrainingCentre, CreatedAt = now };
        db.Partners.Add(partner);
        await db.SaveChangesAsync(Ct);
        db.Programmes.Add(new Programme
        {
            Slug = "pelatihan-uji", Title = "Pelatihan Uji", PartnerId = partner.Id, Kind = ProgrammeKind.Training, Status = ProgrammeStatus.Open,
            ApplicationOpensAt = now.AddDays(-1), ApplicationClosesAt = now.AddDays(10), Quota = 5, SeatsPerGroup = 2, RequiresZakatDeclaration = zakat,
            CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync(Ct);
    }
}
