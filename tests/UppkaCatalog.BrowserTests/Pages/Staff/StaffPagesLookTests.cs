using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Account;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.BrowserTests.Pages;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>
/// The staff and account pages for people to look at (full-page screenshots at 360 and 1280 px) and
/// for axe: no serious or critical violations, no sideways scrolling on a phone.
/// </summary>
public sealed class StaffPagesLookTests(AppFixture app) : BrowserTest(app)
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "staf", "staf-moderasi", "staf-tinjau", "staf-kelompok", "staf-kelompok-undangan", "staf-kelompok-detail", "undangan", "undangan-galat", "akun-sandi", "masuk", "akun" })
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
        var view = await OpenAsync(name, page);
        var file = App.ScreenshotPath($"{name}-{width}");

        await view.ScreenshotAsync(file);
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot of {page.Url} at {width}px: {file}");
        await LookChecks.AssertAxeCleanAsync(page);
        if (width > 400) return;
        await LookChecks.AssertFitsAsync(view, width, file);
    }

    /// <summary>Opens a page by name, signed in as whoever may see it, in the state worth looking at.</summary>
    private async Task<BasePage> OpenAsync(string name, IPage page)
    {
        switch (name)
        {
            case "staf":
            {
                await StaffTestData.PendingProductAsync(App, StaffTestData.UniqueName("Keripik Ubi Balado"), photo: "ubi");
                await StaffAreaPage.SignInAsync(page);
                var view = new StaffDashboardPage(page);
                await view.OpenAsync();
                return view;
            }

            case "staf-moderasi":
            {
                await StaffTestData.PendingProductAsync(App, StaffTestData.UniqueName("Bolu Gulung Pandan"), member: 6, photo: "bolu");
                await StaffAreaPage.SignInAsync(page);
                var view = new ModerationQueuePage(page);
                await view.OpenAsync();
                return view;
            }

            case "staf-tinjau":
            {
                var id = await StaffTestData.PendingProductAsync(App, StaffTestData.UniqueName("Keripik Nanas"), member: 7, photo: "nanas");
                await StaffAreaPage.SignInAsync(page);
                var view = new ReviewPage(page);
                await view.OpenAsync(id);
                // With the reason's message showing: the state staff see after an empty "Tolak".
                await view.RejectButton.ClickAsync();
                await view.ReasonMessage.WaitForAsync();
                return view;
            }

            case "staf-kelompok":
            {
                await StaffAreaPage.SignInAsync(page);
                var view = new GroupsPage(page);
                await view.OpenAsync();
                return view;
            }

            case "staf-kelompok-undangan":
            {
                // Filtered to a regency and a search, two groups selected and invited: the step's links on screen.
                var suffix = Guid.NewGuid().ToString("N")[..6];
                var staff = await StaffTestData.StaffActorAsync(App);
                var registry = App.Services.GetRequiredService<GroupService>();
                foreach (var (letter, phone) in new[] { ("A", "0812 6767 1001"), ("B", (string?)null) })
                {
                    await registry.RegisterAsync(staff, new GroupRegistrationInput
                    {
                        Name = $"UPPKA Tampilan {suffix} {letter}", RegistrationNumber = $"TAMPIL/{suffix}/{letter}", RegencyCode = "1572",
                        District = "Sungai Penuh", Village = "Pasar Sungai Penuh", Sector = "Kerajinan", LeaderName = phone is null ? null : "Ibu Yanti",
                        LeaderPhone = phone,
                    });
                }

                await StaffAreaPage.SignInAsync(page);
                var view = new GroupsPage(page);
                await view.OpenPathAsync($"{GroupsPage.Path}?wilayah=1572&q={suffix}");
                await view.RowCheckbox($"UPPKA Tampilan {suffix} A").CheckAsync();
                await view.RowCheckbox($"UPPKA Tampilan {suffix} B").CheckAsync();
                await view.InviteSelected.ClickAsync();
                await page.Locator("main .bulk-result__item").Nth(1).WaitForAsync();
                await view.DismissSnackbarsAsync();
                return view;
            }

            case "staf-kelompok-detail":
            {
                await StaffAreaPage.SignInAsync(page);
                var groupId = await StaffTestData.QueryAsync(App, db => db.Groups.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
                var view = new GroupPage(page);
                await view.OpenPathAsync($"/staf/kelompok/{groupId}");
                // The one moment the link is on screen.
                await view.CreateInvitationAsync("Ibu Rahmawati");
                return view;
            }

            case "undangan":
            {
                var view = new InvitationAcceptPage(page);
                await view.OpenAsync(await StaffTestData.InvitationPathAsync(App, "Ibu Siti Aminah"));
                return view;
            }

            case "undangan-galat":
            {
                // With messages beside the fields: a landline number and a common password.
                var view = new InvitationAcceptPage(page);
                await view.OpenAsync(await StaffTestData.InvitationPathAsync(App, "Bapak Hendra", groupIndex: 1));
                await view.AcceptAsync("0741 123456", "password123");
                await view.Message("phone").WaitForAsync();
                return view;
            }

            case "akun-sandi":
            {
                await StaffAreaPage.SignInAsync(page);
                var view = new ChangePasswordForm(page);
                await view.OpenAsync();
                return view;
            }

            case "masuk":
            {
                var view = new SignInForm(page);
                await view.OpenAsync();
                return view;
            }

            case "akun":
            {
                await StaffAreaPage.SignInAsync(page);
                var view = new PublicPage(page);
                await view.OpenAsync("/akun");
                return view;
            }

            default: throw new ArgumentOutOfRangeException(nameof(name), name, "unknown page name");
        }
    }
}
