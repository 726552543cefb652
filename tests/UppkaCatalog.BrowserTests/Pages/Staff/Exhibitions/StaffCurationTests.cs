using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff.Exhibitions;

/// <summary>
/// Staff curate an exhibition in <c>/staf/pameran</c>: create it with two halls and registration open now,
/// publish it, accept an application; the edit page passes axe and is screenshotted at 360 and 1280 px.
/// </summary>
public sealed class StaffCurationTests(AppFixture app) : BrowserTest(app)
{
    private static DateTime NowWib => DateTimeOffset.UtcNow.ToOffset(Wib.Offset).DateTime;

    /// <summary>
    /// Creates and publishes an exhibition through the pages, as staff do: two halls, registration open from
    /// yesterday for ten days, the exhibition itself from 12 days ahead at 08:00 WIB for a week. Returns the page
    /// (on the edit page) for further steps.
    /// </summary>
    public static async Task<ExhibitionCurationPage> CreatePublishedAsync(ExhibitionCurationPage page, string title, string hall1, string hall2)
    {
        var today = NowWib.Date;
        await page.OpenNewAsync();
        await page.FillDetailsAsync(title, "Produk olahan desa untuk oleh-oleh", today.AddDays(12).AddHours(8), today.AddDays(19),
            registrationOpensWib: today.AddDays(-1), registrationClosesWib: today.AddDays(10));
        await page.CreateAsync();
        await page.AddHallAsync(hall1);
        await page.AddHallAsync(hall2);
        await page.PublishAsync();
        return page;
    }

    [Fact]
    public async Task Staff_create_an_exhibition_with_two_halls_publish_it_and_accept_an_application()
    {
        var title = StaffTestData.UniqueName("Pameran Uji Kurasi");
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var curation = new ExhibitionCurationPage(page);

        await CreatePublishedAsync(curation, title, "Aula Makanan Olahan", "Aula Kerajinan");

        var stored = await StaffTestData.QueryAsync(App, db => db.Exhibitions.AsNoTracking().Include(e => e.Halls).SingleAsync(e => e.Title == title));
        Assert.Equal(ExhibitionStatus.Published, stored.Status);
        Assert.Equal(["Aula Makanan Olahan", "Aula Kerajinan"], stored.Halls.OrderBy(h => h.SortOrder).Select(h => h.Name));
        Assert.Equal(TimeSpan.FromHours(1), stored.StartsAt.UtcDateTime.TimeOfDay); // 08:00 WIB typed, 01:00 UTC stored
        var now = DateTimeOffset.UtcNow;
        Assert.True(stored.RegistrationOpensAt <= now && now < stored.RegistrationClosesAt, "registration should be open now");
        await Expect(curation.PreviewLink).ToHaveAttributeAsync("href", $"/pameran/{stored.Slug}?pratinjau=1");
        await Expect(curation.StatisticsLink).ToHaveAttributeAsync("href", $"/staf/pameran/{stored.Id}/statistik");

        // A demo group applies (the member's pages are another feature: the row as their service leaves it).
        var group = await ApplyAsync(stored.Id, groupIndex: 3);
        await curation.OpenAsync(stored.Id);
        await curation.AcceptApplicationAsync(group.Name, "Aula Kerajinan", "k-01");

        var booth = await StaffTestData.QueryAsync(App, db => db.Booths.AsNoTracking().Include(b => b.Hall).SingleAsync(b => b.ExhibitionId == stored.Id));
        Assert.Equal((BoothStatus.Accepted, "Aula Kerajinan", "K-01"), (booth.Status, booth.Hall!.Name, booth.Number));
        await Expect(curation.BoothRows.Filter(new() { HasTextString = group.Name }).Locator($"a[href='/pameran/{stored.Slug}/stan/{group.Slug}/poster']"))
            .ToHaveCountAsync(1);
        var list = new ExhibitionListPage(page);
        await list.OpenAsync();
        await Expect(list.RowNamed(title)).ToContainTextAsync("Terbit");
    }

    [Fact]
    public async Task Publishing_without_a_hall_is_refused_with_the_reason_and_bad_dates_are_named_beside_the_field()
    {
        var title = StaffTestData.UniqueName("Pameran Tanpa Aula");
        var page = await NewPageAsync(width: 360);
        await StaffAreaPage.SignInAsync(page);
        var curation = new ExhibitionCurationPage(page);
        var today = NowWib.Date;
        await curation.OpenNewAsync();

        await curation.FillDetailsAsync(title, "Tema", today.AddDays(5).AddHours(8), today.AddDays(4));
        await page.Locator("main #exhibition-create").ClickAsync();
        await Expect(curation.FieldMessage("exhibition-ends-date")).ToContainTextAsync("harus ditutup sesudah dibuka");

        await curation.FillDetailsAsync(title, "Tema", today.AddDays(5).AddHours(8), today.AddDays(9));
        await curation.CreateAsync();
        await curation.TryPublishAsync();

        await Expect(curation.StatusErrors).ToContainTextAsync("paling sedikit satu aula");
        await Expect(curation.StatusChip).ToHaveTextAsync("Draf");
    }

    /// <summary>
    /// Staff open an application; before they decide, the group changes it (its own service, as its editor page
    /// would). The rejection from the page that showed the old application is refused with the conflict message, the
    /// reload action brings the changed application, and deciding on that works.
    /// </summary>
    [Fact]
    public async Task A_decision_on_an_application_the_group_changed_meanwhile_shows_the_conflict_and_reloads()
    {
        var exhibitionId = await ExhibitionWithAnApplicationAsync();
        var booth = await StaffTestData.QueryAsync(App, db => db.Booths.AsNoTracking().Include(b => b.Group).Include(b => b.Products)
            .SingleAsync(b => b.ExhibitionId == exhibitionId && b.Status == BoothStatus.Applied));
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var curation = new ExhibitionCurationPage(page);
        await curation.OpenAsync(exhibitionId);
        await Expect(curation.ApplicationOf(booth.Group!.Name)).ToHaveCountAsync(1);

        var member = new Actor("browser-test-member", booth.GroupId, IsStaff: false);
        var input = new BoothInput { Tagline = "Slogan yang baru diubah", Products = booth.Products.Select(p => new BoothProductInput(p.ProductId, p.ExhibitionPrice)).ToList() };
        await App.Services.GetRequiredService<BoothApplicationService>().UpdateAsync(member, exhibitionId, input, booth.Version, TestContext.Current.CancellationToken);

        await curation.ApplicationOf(booth.Group.Name).GetByRole(AriaRole.Button, new() { Name = "Tolak pendaftaran " + booth.Group.Name }).ClickAsync();
        await curation.Dialog.WaitForAsync();
        await curation.Dialog.Locator("#decision-reason").FillAsync("Kuota penuh.");
        await curation.Dialog.Locator("#decision-confirm").ClickAsync();
        await Expect(curation.Dialog.Locator(".conflict")).ToContainTextAsync("Stan ini baru saja diubah oleh orang lain");
        Assert.Equal(BoothStatus.Applied, await StaffTestData.QueryAsync(App, db => db.Booths.Where(b => b.Id == booth.Id).Select(b => b.Status).SingleAsync()));

        await curation.Dialog.Locator("#conflict-reload").ClickAsync();
        await Expect(curation.Dialog).ToHaveCountAsync(0);
        await Expect(curation.ApplicationOf(booth.Group.Name)).ToContainTextAsync("Slogan yang baru diubah");
        await curation.RejectApplicationAsync(booth.Group.Name, "Kuota penuh.");
        Assert.Equal(BoothStatus.Rejected, await StaffTestData.QueryAsync(App, db => db.Booths.Where(b => b.Id == booth.Id).Select(b => b.Status).SingleAsync()));
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_edit_page_has_no_serious_axe_violations_and_fits_a_phone(int width)
    {
        var exhibitionId = await ExhibitionWithAnApplicationAsync();
        var page = await NewPageAsync(width);
        await StaffAreaPage.SignInAsync(page);
        var view = new ExhibitionCurationPage(page);
        await view.OpenAsync(exhibitionId);
        await Expect(view.Applications).ToHaveCountAsync(1);
        var file = App.ScreenshotPath($"staf-pameran-{width}");

        await view.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot {file}");
        await LookChecks.AssertAxeCleanAsync(page);
        if (width <= 400) await LookChecks.AssertFitsAsync(view, width, file, insideMain: false);

        // The accept dialog, as staff see it before choosing a hall.
        await view.Applications.First.Locator(".application__actions button").First.ClickAsync();
        await view.Dialog.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = App.ScreenshotPath($"staf-pameran-terima-{width}") });
        await LookChecks.AssertAxeCleanAsync(page);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_list_and_new_pages_look_right(int width)
    {
        var page = await NewPageAsync(width);
        await StaffAreaPage.SignInAsync(page);
        var list = new ExhibitionListPage(page);
        await list.OpenAsync();
        await Expect(list.Rows.First).ToBeVisibleAsync();
        await list.ScreenshotAsync(App.ScreenshotPath($"staf-pameran-daftar-{width}"));
        await LookChecks.AssertAxeCleanAsync(page);

        await list.NewButton.ClickAsync();
        await page.ArrivedAsync(Arrival.EndsWith(ExhibitionCurationPage.NewPath));
        var form = new ExhibitionCurationPage(page);
        await form.WaitInteractiveAsync();
        await form.ScreenshotAsync(App.ScreenshotPath($"staf-pameran-baru-{width}"));
        await LookChecks.AssertAxeCleanAsync(page);
    }

    /// <summary>A published exhibition with two halls, one accepted booth and one waiting application, made through the service.</summary>
    private async Task<int> ExhibitionWithAnApplicationAsync()
    {
        var staff = await StaffTestData.StaffActorAsync(App);
        var curation = App.Services.GetRequiredService<ExhibitionCurationService>();
        var today = NowWib.Date;
        var created = await curation.CreateAsync(staff, new ExhibitionInput
        {
            Title = StaffTestData.UniqueName("Pameran Tampilan"), Theme = "Kerajinan dan makanan olahan",
            Description = "Pameran untuk dilihat.", StartsAtWib = today.AddDays(12).AddHours(8), EndsAtWib = today.AddDays(19),
            RegistrationOpensAtWib = today.AddDays(-1), RegistrationClosesAtWib = today.AddDays(10),
        });
        await curation.AddHallAsync(staff, created.Id, "Aula Makanan Olahan");
        var hall = await curation.AddHallAsync(staff, created.Id, "Aula Kerajinan Tangan");
        await curation.PublishAsync(staff, created.Id, created.Version);
        var accepted = await ApplyAsync(created.Id, groupIndex: 4);
        var booth = await StaffTestData.QueryAsync(App, db => db.Booths.Where(b => b.ExhibitionId == created.Id && b.GroupId == accepted.Id)
            .Select(b => new { b.Id, b.Version }).SingleAsync());
        await curation.AcceptAsync(staff, booth.Id, hall.Id, "K-01", booth.Version);
        await ApplyAsync(created.Id, groupIndex: 5);
        return created.Id;
    }

    /// <summary>A demo group's application with its first two published products, as the member's service leaves it.</summary>
    private async Task<Core.Groups.Group> ApplyAsync(int exhibitionId, int groupIndex)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<Core.Data.AppDbContext>>().CreateDbContextAsync();
        var group = await db.Groups.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.Id).Skip(groupIndex).FirstAsync();
        var products = await db.Products.Where(p => p.GroupId == group.Id && p.Status == Core.Catalog.ProductStatus.Published)
            .OrderBy(p => p.Id).Take(2).ToListAsync();
        var booth = await db.Booths.FirstOrDefaultAsync(b => b.ExhibitionId == exhibitionId && b.GroupId == group.Id);
        if (booth is null)
        {
            booth = new Booth { ExhibitionId = exhibitionId, GroupId = group.Id, Tagline = "Rasa asli desa, dikemas rapi", AppliedAt = DateTimeOffset.UtcNow };
            booth.Products.AddRange(products.Select((p, i) => new BoothProduct { ProductId = p.Id, SortOrder = i, ExhibitionPrice = i == 0 ? p.Price - 1000 : null }));
            db.Booths.Add(booth);
            await db.SaveChangesAsync();
        }

        return group;
    }
}
