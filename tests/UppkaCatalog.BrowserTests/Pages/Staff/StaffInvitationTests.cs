using Microsoft.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.BrowserTests.Pages.Account;
using UppkaCatalog.Core.Accounts;
using static Microsoft.Playwright.Assertions;

namespace UppkaCatalog.BrowserTests.Pages.Staff;

/// <summary>From a new group to a signed-in member: staff register, invite; the member opens the link on their phone.</summary>
public sealed class StaffInvitationTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Staff_register_a_group_invite_its_admin_and_the_admin_lands_in_the_member_area()
    {
        var suffix = Guid.NewGuid().ToString("N")[..5];
        var groupName = $"UPPKA Kenanga {suffix}";
        var page = await NewPageAsync();
        await StaffAreaPage.SignInAsync(page);
        var groups = new GroupsPage(page);
        await groups.OpenAsync();

        await groups.RegisterButton.ClickAsync();
        await Expect(groups.Dialog).ToBeVisibleAsync();
        await Expect(groups.Field("group-name")).ToBeVisibleAsync();
        // Nothing filled: each required field says what to enter, right under it.
        await groups.SubmitButton.ClickAsync();
        await Expect(groups.FieldMessage("group-name")).ToContainTextAsync("Isi nama kelompok");
        await Expect(groups.FieldMessage("group-village")).ToContainTextAsync("Isi nama desa/kelurahan");

        await groups.Field("group-name").FillAsync(groupName);
        await groups.Field("group-registration").FillAsync($"REG-{suffix}");
        await groups.ChooseRegencyAsync("Kota Jambi");
        await groups.Field("group-district").FillAsync("Telanaipura");
        await groups.Field("group-village").FillAsync("Buluran Kenali");
        await groups.ChooseSectorAsync("Makanan Olahan");
        await groups.Field("group-whatsapp").FillAsync("0812 7777 1234");
        await groups.SubmitButton.ClickAsync();

        // Registered: straight to the group's page, where its admin is invited.
        await page.ArrivedAsync(url => url.Contains("/staf/kelompok/", StringComparison.Ordinal));
        var group = new GroupPage(page);
        await Expect(group.Heading).ToHaveTextAsync(groupName);
        await Expect(group.Snackbars).ToContainTextAsync(groupName);
        var link = await group.CreateInvitationAsync("Ibu Wulan");

        Assert.StartsWith(App.BaseUrl + "undangan/", link);
        var share = await group.WhatsAppShare.GetAttributeAsync("href");
        Assert.StartsWith("https://wa.me/?text=", share);
        Assert.Contains(Uri.EscapeDataString(link), share);
        Assert.Contains("Ibu%20Wulan", share);
        await Expect(page.Locator("main .invitation-link")).ToContainTextAsync("WIB");
        await Expect(group.InvitationRows).ToHaveCountAsync(1);
        await Expect(group.InvitationRows.First).ToContainTextAsync("Belum dipakai");
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await group.CopyButton.First.ClickAsync();
        await Expect(group.Snackbars.Filter(new() { HasTextString = "Tautan disalin." })).ToBeVisibleAsync();
        Assert.Equal(link, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // The admin, on their own phone (a new browser, no staff cookies).
        var phone = await NewPageAsync(width: 360);
        var accept = new InvitationAcceptPage(phone);
        await accept.OpenAsync(link);
        await Expect(phone.Locator("main")).ToContainTextAsync(groupName);
        await Expect(phone.Locator("main")).ToContainTextAsync("Ibu Wulan");
        await accept.AcceptAsync("0812 7777 0000", "Gulai ikan patin Jambi", "Gulai ikan patin");
        await Expect(accept.Message("repeat")).ToContainTextAsync("tidak sama");

        var number = "+62812" + Random.Shared.Next(10_000_000, 99_999_999);
        await accept.AcceptAsync(number, "Gulai ikan patin Jambi");

        await phone.ArrivedAsync(url => new Uri(url).AbsolutePath == "/kelola");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(number);
            Assert.NotNull(user);
            Assert.Equal(number, user.PhoneNumber);
            Assert.Equal("Ibu Wulan", user.DisplayName);
            Assert.True(await users.IsInRoleAsync(user, Roles.Member));
            Assert.Equal(groupName, (await StaffTestData.QueryAsync(App, db => db.Groups.FindAsync(user.GroupId).AsTask()))?.Name);
        }

        // The link is spent.
        var again = new InvitationAcceptPage(await NewPageAsync());
        await again.OpenAsync(link);
        await Expect(again.Alert).ToContainTextAsync("sudah dipakai");
        await Expect(again.Phone).ToHaveCountAsync(0);
    }
}
