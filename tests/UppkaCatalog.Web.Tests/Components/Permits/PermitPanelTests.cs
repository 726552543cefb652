using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage.Permits;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Permits;

/// <summary>
/// Issue 16, the member editor: under each permit number its state as staff left it, in plain Indonesian, and the
/// certificate photo upload (posting to the private upload door, never /media).
/// </summary>
public sealed class PermitPanelTests : ComponentTest
{
    public PermitPanelTests()
    {
        Services.AddMudServices();
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
    }

    private static PermitStatusView Status(PermitKind kind, PermitStatus state, string? number = "2081505010123-26", string? reason = null,
        DateTimeOffset? decidedAt = null, DateOnly? expiresOn = null, bool soon = false, bool photo = false) =>
        new(kind, number, state, reason, null, decidedAt, expiresOn, soon, photo, DateTimeOffset.UtcNow);

    private IRenderedComponent<PermitPanel> Panel(PermitStatusView? status, string? typed = "2081505010123-26", int? productId = 41, PermitKind kind = PermitKind.Pirt) =>
        Render<PermitPanel>(p => p
            .Add(x => x.Kind, kind)
            .Add(x => x.Status, status)
            .Add(x => x.Typed, typed)
            .Add(x => x.ProductId, productId));

    [Fact]
    public void A_number_waiting_for_staff_says_so_and_asks_for_the_certificate_photo()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Panel(Status(PermitKind.Pirt, PermitStatus.Waiting));

        Assert.Equal("Menunggu verifikasi", cut.Find(".permit-state").TextContent);
        Assert.Contains("Unggah foto sertifikat", cut.Find(".permit-panel__help").TextContent);
        Assert.Contains("Unggah foto sertifikat", cut.Find(".cert-uploader__button").TextContent);
        Assert.Empty(cut.FindAll(".cert-uploader__view"));
    }

    [Fact]
    public void A_verified_number_shows_the_day_staff_verified_it_in_WIB()
    {
        using var _ = new CultureScope("id-ID");
        // 20:30 UTC on 2 December is already 3 December in WIB.
        var decided = new DateTimeOffset(2026, 12, 2, 20, 30, 0, TimeSpan.Zero);

        var cut = Panel(Status(PermitKind.Pirt, PermitStatus.Verified, decidedAt: decided, photo: true));

        Assert.Equal("Terverifikasi 3 Desember 2026", cut.Find(".permit-state").TextContent);
        Assert.Contains("status-badge--success", cut.Find(".permit-state").ClassName);
        // The photo opens through the authorised route, and the button now replaces it.
        Assert.Equal("/izin/41/pirt/foto", cut.Find(".cert-uploader__view").GetAttribute("href"));
        Assert.Contains("Ganti foto sertifikat", cut.Find(".cert-uploader__button").TextContent);
    }

    [Fact]
    public void A_refused_number_shows_the_reason_the_staff_gave()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Panel(Status(PermitKind.Pirt, PermitStatus.Refused, reason: "Nomor tidak terbaca pada foto."));

        Assert.Equal("Ditolak: Nomor tidak terbaca pada foto.", cut.Find(".permit-state").TextContent);
        Assert.Contains("status-badge--danger", cut.Find(".permit-state").ClassName);
        Assert.Contains("Perbaiki nomornya", cut.Find(".permit-panel__help").TextContent);
    }

    [Fact]
    public void Halal_expiring_soon_and_expired_are_named_with_their_day()
    {
        using var _ = new CultureScope("id-ID");

        var soon = Panel(Status(PermitKind.Halal, PermitStatus.Verified, "ID0041", decidedAt: DateTimeOffset.UtcNow, expiresOn: new DateOnly(2027, 1, 20), soon: true),
            typed: "ID0041", kind: PermitKind.Halal);
        var expired = Panel(Status(PermitKind.Halal, PermitStatus.Expired, "ID0041", expiresOn: new DateOnly(2026, 11, 30)), typed: "ID0041", kind: PermitKind.Halal);
        var valid = Panel(Status(PermitKind.Halal, PermitStatus.Verified, "ID0041", decidedAt: DateTimeOffset.UtcNow, expiresOn: new DateOnly(2028, 5, 1)),
            typed: "ID0041", kind: PermitKind.Halal);

        Assert.Equal("Akan kedaluwarsa 20 Januari 2027", soon.Find(".permit-state").TextContent);
        Assert.Contains("status-badge--warning", soon.Find(".permit-state").ClassName);
        Assert.Equal("Kedaluwarsa sejak 30 November 2026", expired.Find(".permit-state").TextContent);
        Assert.Equal("berlaku sampai 1 Mei 2028", valid.Find(".permit-panel__until").TextContent);
    }

    [Fact]
    public void Halal_verified_without_a_last_day_says_it_holds_while_ingredients_and_process_stay_the_same()
    {
        using var _ = new CultureScope("id-ID");

        var undated = Panel(Status(PermitKind.Halal, PermitStatus.Verified, "ID0042", decidedAt: DateTimeOffset.UtcNow), typed: "ID0042", kind: PermitKind.Halal);
        var pirt = Panel(Status(PermitKind.Pirt, PermitStatus.Verified, decidedAt: DateTimeOffset.UtcNow));

        Assert.Equal("berlaku selama bahan dan proses tidak berubah", undated.Find(".permit-panel__until").TextContent);
        Assert.Contains("status-badge--", undated.Find(".permit-state").ClassName);
        Assert.Empty(pirt.FindAll(".permit-panel__until"));
    }

    [Fact]
    public void Changing_a_number_says_staff_will_check_it_again()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Panel(Status(PermitKind.Pirt, PermitStatus.Verified, decidedAt: DateTimeOffset.UtcNow), typed: "2081505010999-26");

        Assert.Empty(cut.FindAll(".permit-state"));
        Assert.Equal("Nomor diubah: setelah disimpan, petugas memeriksanya lagi.", cut.Find(".permit-panel__state--changed").TextContent);
    }

    [Fact]
    public void Before_the_first_save_there_is_no_upload_yet()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Panel(null, typed: "2081505010123-26", productId: null);

        Assert.Empty(cut.FindAll(".cert-uploader"));
        Assert.Equal("Simpan produk dulu, lalu unggah foto sertifikatnya.", cut.Find(".permit-panel__help").TextContent);
    }

    [Fact]
    public void An_empty_permit_field_offers_no_upload()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Panel(Status(PermitKind.Bpom, PermitStatus.None, number: null), typed: "", kind: PermitKind.Bpom);

        Assert.Empty(cut.FindAll(".cert-uploader"));
        Assert.Empty(cut.FindAll(".permit-state"));
    }

    [Fact]
    public void The_uploader_posts_to_the_private_upload_door_of_its_permit()
    {
        using var _ = new CultureScope("id-ID");
        var module = JSInterop.SetupModule("/js/photo-upload.js");
        module.SetupModule("attach", _ => true);

        var cut = Panel(Status(PermitKind.Halal, PermitStatus.Waiting, "ID0041"), typed: "ID0041", kind: PermitKind.Halal);

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".cert-uploader").GetAttribute("data-ready")));
        var options = module.Invocations["attach"].Single().Arguments[3]!;
        Assert.Equal("/kelola/unggah/produk/41/izin/halal/foto", options.GetType().GetProperty("url")!.GetValue(options));
        Assert.Equal("cert-input-halal", cut.Find("input[type=file]").Id);
        Assert.Equal("image/*", cut.Find("input[type=file]").GetAttribute("accept"));
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
