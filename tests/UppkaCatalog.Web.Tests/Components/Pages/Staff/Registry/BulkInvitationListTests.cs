using UppkaCatalog.Tests.Shared;
using Bunit;
using MudBlazor.Services;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Web.Components.Pages.Staff.Registry;
using UppkaCatalog.Web.Infrastructure;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff.Registry;

/// <summary>A bulk invitation step's result: each link with a WhatsApp button to the leader, or a note when there is no phone; the skipped, with reasons.</summary>
public sealed class BulkInvitationListTests : ComponentTest
{
    private static readonly DateTimeOffset Expires = new(2026, 12, 10, 3, 0, 0, TimeSpan.Zero);

    public BulkInvitationListTests()
    {
        Services.AddMudServices();
    }

    [Fact]
    public void Each_link_has_a_WhatsApp_button_to_its_leader_or_says_plainly_that_there_is_no_phone()
    {
        using var culture = new CultureScope("id-ID");
        var withPhone = new IssuedInvitation(1, "UPPKA Melati", "UPPKA/1505/001", "Siti Aminah", "+6281255501000", "tokenSatu", Expires);
        var noPhone = new IssuedInvitation(2, "UPPKA Mawar", "UPPKA/1571/002", null, null, "tokenDua", Expires);
        var shares = new[] { withPhone, noPhone }.ToDictionary(i => i.GroupId, i => InvitationShare.For(i, "https://katalog.uppka.id"));
        var result = new BulkInvitationResult([withPhone, noPhone],
            [new SkippedGroup(3, "UPPKA Kenanga", InvitationSkip.Online), new SkippedGroup(4, "UPPKA Dahlia", InvitationSkip.Inactive)]);

        var list = Render<BulkInvitationList>(p => p.Add(c => c.Result, result).Add(c => c.Shares, shares));

        var items = list.FindAll(".bulk-result__item");
        Assert.Equal(2, items.Count);
        Assert.Equal("https://katalog.uppka.id/undangan/tokenSatu", list.Find("#link-1").GetAttribute("value"));
        var whatsApp = items[0].QuerySelector("a.bulk-result__whatsapp")!.GetAttribute("href")!;
        Assert.Equal(shares[1].WhatsAppUrl, whatsApp);
        Assert.StartsWith("https://wa.me/6281255501000?text=", whatsApp);
        var message = Uri.UnescapeDataString(whatsApp.Split("?text=")[1]);
        Assert.StartsWith("Halo Siti Aminah, kelompok UPPKA Melati diundang", message);
        Assert.Contains("10 Desember 2026, 10.00 WIB", message);
        Assert.EndsWith("https://katalog.uppka.id/undangan/tokenSatu", message);
        Assert.Null(items[1].QuerySelector("a[href^='https://wa.me/']"));
        Assert.Null(shares[2].WhatsAppUrl);
        Assert.Contains("Nomor HP ketua tidak ada di data kelompok", items[1].TextContent);
        var skipped = list.Find(".bulk-result__skipped").TextContent;
        Assert.Contains("2 kelompok dilewati", skipped);
        Assert.Contains("UPPKA Kenanga — Kelompok sudah online", skipped);
        Assert.Contains("UPPKA Dahlia — Kelompok nonaktif", skipped);
    }

    [Fact]
    public void The_message_to_the_leader_is_Indonesian_even_for_staff_reading_English()
    {
        using var culture = new CultureScope("en-US");
        var issued = new IssuedInvitation(1, "UPPKA Melati", "UPPKA/1505/001", null, "0812-5550-1000", "token", Expires);

        var share = InvitationShare.For(issued, "https://katalog.uppka.id");
        var list = Render<BulkInvitationList>(p => p.Add(c => c.Result, new BulkInvitationResult([issued], []))
            .Add(c => c.Shares, new Dictionary<int, InvitationShare> { [1] = share }));

        var message = Uri.UnescapeDataString(share.WhatsAppUrl!.Split("?text=")[1]);
        Assert.StartsWith("https://wa.me/6281255501000?text=", share.WhatsAppUrl);
        Assert.StartsWith("Halo Pengurus UPPKA Melati, kelompok UPPKA Melati diundang", message);
        Assert.Contains("10 Desember 2026", message);
        Assert.Contains("Send to the leader on WhatsApp", list.Markup);
    }
}
