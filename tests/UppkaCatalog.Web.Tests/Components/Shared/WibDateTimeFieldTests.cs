using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

/// <summary>The curation form's date + time field: typed WIB wall clock comes out as one value, no offset applied.</summary>
public sealed class WibDateTimeFieldTests : ComponentTest
{
    private readonly List<DateTime?> _values = [];

    public WibDateTimeFieldTests()
    {
        Services.AddMudServices();
        SetRendererInfo(new RendererInfo("Server", true));
        Render<MudBlazor.MudPopoverProvider>();
    }

    private IRenderedComponent<WibDateTimeField> Render(DateTime? value = null, string? error = null) =>
        Render<WibDateTimeField>(p => p
            .Add(f => f.Id, "starts")
            .Add(f => f.Label, "Dibuka")
            .Add(f => f.Value, value)
            .Add(f => f.DefaultTime, TimeSpan.FromHours(8))
            .Add(f => f.Error, error)
            .Add(f => f.ValueChanged, (DateTime? v) => _values.Add(v)));

    [Fact]
    public async Task A_typed_date_takes_the_default_time_and_a_typed_time_replaces_it()
    {
        using var culture = new CultureScope("id-ID");
        var field = Render();

        await field.Find("#starts-date").ChangeAsync(new() { Value = "2026-12-01" });
        Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0), _values[^1]);
        Assert.Equal(DateTimeKind.Unspecified, _values[^1]!.Value.Kind);

        await field.Find("#starts-time").ChangeAsync(new() { Value = "13:30" });
        Assert.Equal(new DateTime(2026, 12, 1, 13, 30, 0), _values[^1]);
    }

    [Fact]
    public void A_stored_value_shows_as_date_and_time_and_the_service_message_beside_it()
    {
        using var culture = new CultureScope("id-ID");

        var field = Render(new DateTime(2026, 12, 15, 0, 0, 0), "Pameran harus ditutup sesudah dibuka.");

        Assert.Equal("2026-12-15", field.Find("#starts-date").GetAttribute("value"));
        Assert.Contains("Pameran harus ditutup sesudah dibuka.", field.Markup);
        Assert.Equal("true", field.Find("#starts-date").GetAttribute("aria-invalid"));
    }
}
