using Bunit;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary><c>/kelola/profil</c>: the group's own profile, with the service's messages under the fields.</summary>
public sealed class GroupProfilePageTests : EditorTestBase
{
    [Fact]
    public async Task Messages_sit_under_their_fields_and_nothing_is_saved()
    {
        using var culture = new CultureScope("id-ID");
        var page = Render<GroupProfilePage>();
        page.WaitForElement(".field-village input");
        await page.Find(".field-village input").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "" });
        await page.Find(".field-publicWhatsApp input").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "12345" });

        await page.FindAll("button").Single(b => b.TextContent.Contains("Simpan profil")).ClickAsync();

        page.WaitForAssertion(() => Assert.Equal("Isi nama desa/kelurahan.", Message(page, "village")));
        Assert.Equal("Isi nomor WhatsApp Indonesia, mis. 0812 3456 7890.", Message(page, "publicWhatsApp"));
        Assert.Null(Message(page, "district"));
        Assert.Equal("Desa Uji", (await Groups.GetOwnAsync(Member, Ct)).Village);
    }

    [Fact]
    public async Task A_whatsapp_number_written_the_local_way_is_saved_and_shown_the_same_way()
    {
        using var culture = new CultureScope("id-ID");
        var page = Render<GroupProfilePage>();
        page.WaitForElement(".field-publicWhatsApp input");
        await page.Find(".field-publicWhatsApp input").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "0812 3456 7890" });

        await page.FindAll("button").Single(b => b.TextContent.Contains("Simpan profil")).ClickAsync();

        // Shown back as saved (E.164 turned into the 08… people write), and stored as E.164.
        page.WaitForAssertion(() => Assert.Equal("081234567890", page.Find(".field-publicWhatsApp input").GetAttribute("value")));
        Assert.Equal("+6281234567890", (await Groups.GetOwnAsync(Member, Ct)).PublicWhatsApp);
    }

    private GroupService Groups => Services.GetService(typeof(GroupService)) as GroupService ?? throw new InvalidOperationException();

    private static string? Message(IRenderedComponent<GroupProfilePage> page, string key) =>
        page.Find($".field-{key}").QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();
}
