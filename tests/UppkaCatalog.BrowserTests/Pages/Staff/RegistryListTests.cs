using UppkaCatalog.BrowserTests.Pages.Account;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UppkaCatalog.BrowserTests.Pages.Staff;
using UppkaCatalog.Core.Groups;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>
/// Staff at the registry: filter the list by a regency, search, select a group, invite it, open the WhatsApp link to its leader
/// (the wa.me address is caught in the browser and answered locally: WhatsApp itself is never loaded), then resend from the
/// group page, after which the first link no longer works.
/// </summary>
public sealed class RegistryListTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Staff_filter_by_a_regency_invite_a_group_and_open_its_WhatsApp_link_to_the_leader()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var withPhone = await RegisterAsync($"UPPKA Uji {suffix} Anyelir", suffix + "A", "Ibu Ratna", "0812 6666 " + Random.Shared.Next(1000, 9999));
        var withoutPhone = await RegisterAsync($"UPPKA Uji {suffix} Bungur", suffix + "B", null, null);
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var groups = new GroupsPage(page);
        await groups.OpenAsync();

        // The regency filter and the search go into the address: a reload or a shared link shows the same view.
        await groups.Filter("filter-regency").SelectOptionAsync("1508");
        await page.ArrivedAsync(url => url.Contains("wilayah=1508", StringComparison.Ordinal));
        await groups.Search.FillAsync(suffix);
        await groups.SearchButton.ClickAsync();
        await page.ArrivedAsync(url => url.Contains("q=" + suffix, StringComparison.Ordinal) && url.Contains("wilayah=1508", StringComparison.Ordinal));
        await Expect(groups.Rows).ToHaveCountAsync(2);
        await page.ReloadAsync();
        await groups.WaitInteractiveAsync();
        await Expect(groups.Rows).ToHaveCountAsync(2);
        await Expect(groups.Filter("filter-regency")).ToHaveValueAsync("1508");
        await Expect(groups.RowStatus(withPhone.Name)).ToHaveTextAsync("Belum diundang");

        await groups.RowCheckbox(withPhone.Name).CheckAsync();
        await groups.RowCheckbox(withoutPhone.Name).CheckAsync();
        await Expect(page.Locator("main .bulk__count")).ToHaveTextAsync("2 dipilih");
        await groups.InviteSelected.ClickAsync();

        var link = await groups.IssuedLink(withPhone.Id).InputValueAsync();
        Assert.StartsWith(App.BaseUrl + "undangan/", link);
        await Expect(groups.Issued(withoutPhone.Id)).ToContainTextAsync("Nomor HP ketua tidak ada di data kelompok");
        await Expect(groups.Issued(withoutPhone.Id).Locator("a[href^='https://wa.me/']")).ToHaveCountAsync(0);
        await Expect(groups.RowStatus(withPhone.Name)).ToContainTextAsync("Diundang, s.d.");

        // The WhatsApp button opens wa.me to the leader's phone with the message and the link, in a new tab.
        var href = await groups.IssuedWhatsApp(withPhone.Id).GetAttributeAsync("href") ?? "";
        Assert.StartsWith($"https://wa.me/{withPhone.LeaderPhone!.TrimStart('+')}?text=", href);
        var message = Uri.UnescapeDataString(href[(href.IndexOf("?text=", StringComparison.Ordinal) + 6)..]);
        Assert.StartsWith($"Halo Ibu Ratna, kelompok {withPhone.Name} diundang", message);
        Assert.EndsWith(link, message);
        var opened = new List<string>();
        await page.Context.RouteAsync("https://wa.me/**", async route =>
        {
            opened.Add(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>wa.me</title>" });
        });
        var popup = await page.Context.RunAndWaitForPageAsync(() => groups.IssuedWhatsApp(withPhone.Id).ClickAsync());
        await popup.WaitForLoadStateAsync();
        Assert.Equal(href, popup.Url);
        Assert.Equal([href], opened);
        await popup.CloseAsync();

        await groups.DismissSnackbarsAsync();
        await LookChecks.AssertAxeCleanAsync(page);
        await groups.ScreenshotAsync(App.ScreenshotPath("staf-kelompok-undangan-alur-1280"));

        // The group page: invited; resend makes a new link and the first one stops working.
        await groups.Row(withPhone.Name).Locator("a.registry__name").ClickAsync();
        await page.ArrivedAsync(Arrival.EndsWith($"/staf/kelompok/{withPhone.Id}"));
        var group = new GroupPage(page);
        await group.WaitInteractiveAsync();
        await Expect(group.Status).ToContainTextAsync("Diundang, s.d.");
        await Expect(page.Locator("main")).ToContainTextAsync(withPhone.LeaderPhone!);
        await group.InviteLeaderButton.ClickAsync();
        var renewed = await group.LeaderLink.InputValueAsync();
        Assert.NotEqual(link, renewed);
        await LookChecks.AssertAxeCleanAsync(page);
        await group.ScreenshotAsync(App.ScreenshotPath("staf-kelompok-kirim-ulang-1280"));

        var old = new InvitationAcceptPage(await NewPageAsync(width: 360));
        await old.OpenAsync(link);
        await Expect(old.Alert).ToContainTextAsync("sudah tidak berlaku");
    }

    /// <summary>A group of the test's own in Kabupaten Tebo, registered as staff would.</summary>
    private async Task<GroupView> RegisterAsync(string name, string number, string? leader, string? phone)
    {
        var staff = await StaffTestData.StaffActorAsync(App);
        return await App.Services.GetRequiredService<GroupService>().RegisterAsync(staff, new GroupRegistrationInput
        {
            Name = name, RegistrationNumber = "UJI/" + number, RegencyCode = "1508", District = "Tebo Tengah", Village = "Muara Tebo",
            Sector = "Makanan Olahan", LeaderName = leader, LeaderPhone = phone,
        });
    }
}
