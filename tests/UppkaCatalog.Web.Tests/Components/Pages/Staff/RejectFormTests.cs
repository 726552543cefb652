using Bunit;
using MudBlazor.Services;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Staff;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Staff;

/// <summary>The reject form on the review page: a reason is required and is named beside the field.</summary>
public sealed class RejectFormTests : ComponentTest
{
    private readonly List<string> _rejected = [];

    public RejectFormTests()
    {
        Services.AddMudServices();
    }

    private IRenderedComponent<RejectForm> Render(string? error = null) =>
        Render<RejectForm>(p => p
            .Add(f => f.OnReject, (string reason) => _rejected.Add(reason))
            .Add(f => f.Error, error));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_reason_is_named_beside_the_field_and_nothing_is_rejected(string reason)
    {
        using var culture = new CultureScope("id-ID");
        var form = Render();
        await form.Find("#reject-reason").InputAsync(reason);

        await form.Find("button").ClickAsync();

        Assert.Empty(_rejected);
        var field = form.Find(".reject-form .mud-input-control");
        Assert.Contains("mud-input-error", field.InnerHtml);
        Assert.Contains("Tulis alasan penolakan, agar anggota tahu apa yang harus diperbaiki.", field.TextContent);
        Assert.Equal("true", form.Find("#reject-reason").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_reason_is_passed_on_trimmed_and_no_message_shows()
    {
        using var culture = new CultureScope("id-ID");
        var form = Render();
        await form.Find("#reject-reason").InputAsync("  Foto kemasan buram; ulangi di tempat terang.  ");

        await form.Find("button").ClickAsync();

        Assert.Equal(["Foto kemasan buram; ulangi di tempat terang."], _rejected);
        Assert.DoesNotContain("Tulis alasan penolakan", form.Markup);
    }

    [Fact]
    public async Task The_message_clears_once_a_reason_is_given()
    {
        using var culture = new CultureScope("id-ID");
        var form = Render();
        await form.Find("button").ClickAsync();
        Assert.Contains("Tulis alasan penolakan", form.Markup);

        await form.Find("#reject-reason").InputAsync("Harga belum diisi dengan benar.");
        await form.Find("button").ClickAsync();

        Assert.DoesNotContain("Tulis alasan penolakan", form.Markup);
        Assert.Single(_rejected);
    }

    [Fact]
    public void The_service_message_is_shown_beside_the_field()
    {
        using var culture = new CultureScope("id-ID");

        var form = Render(error: "Alasan terlalu panjang: paling banyak 1000 huruf.");

        Assert.Contains("Alasan terlalu panjang: paling banyak 1000 huruf.", form.Find(".reject-form .mud-input-control").TextContent);
    }

    [Fact]
    public void In_English_the_label_and_button_are_English()
    {
        using var culture = new CultureScope("en-US");

        var form = Render();

        Assert.Contains("Reason for rejection", form.Markup);
        Assert.Equal("Reject", form.Find("button").TextContent.Trim());
    }
}
