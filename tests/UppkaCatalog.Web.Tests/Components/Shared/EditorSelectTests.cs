using Bunit;
using Microsoft.AspNetCore.Components;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

/// <summary>The native select of the area forms: what it shows, what it reports, how it says a field is wrong.</summary>
public sealed class EditorSelectTests : ComponentTest
{
    private static readonly (int?, string)[] Halls = [(3, "Aula Makanan"), (7, "Aula Kerajinan")];

    [Fact]
    public void Nothing_chosen_shows_the_placeholder_selected_so_no_first_option_pretends_to_be_chosen()
    {
        using var _ = new CultureScope("id-ID");
        var cut = Render<EditorSelect<int?>>(p => p.Add(x => x.Key, "hallId").Add(x => x.Label, "Aula").Add(x => x.Options, Halls));

        var placeholder = cut.Find("select#hallId option");
        Assert.Equal("— Pilih —", placeholder.TextContent);
        Assert.True(placeholder.HasAttribute("selected") && placeholder.HasAttribute("disabled"));
        Assert.Equal("Aula", cut.Find("label[for=hallId]").TextContent);
    }

    [Fact]
    public async Task A_choice_reports_its_typed_value_and_an_unknown_one_reports_nothing()
    {
        var reported = new List<int?>();
        var cut = Render<EditorSelect<int?>>(p => p.Add(x => x.Key, "hallId").Add(x => x.Label, "Aula").Add(x => x.Options, Halls)
            .Add(x => x.Value, 3).Add(x => x.ValueChanged, (int? v) => reported.Add(v)));
        Assert.Empty(cut.FindAll("option[value='']"));

        await cut.Find("select").ChangeAsync(new ChangeEventArgs { Value = "7" });
        await cut.Find("select").ChangeAsync(new ChangeEventArgs { Value = "99" });

        Assert.Equal([7, null], reported);
    }

    [Fact]
    public void A_message_sits_under_the_field_and_the_select_points_to_it()
    {
        var cut = Render<EditorSelect<string>>(p => p.Add(x => x.Key, "regencyCode").Add(x => x.Label, "Kabupaten/kota")
            .Add(x => x.Options, [("1571", "Kota Jambi")]).Add(x => x.Error, "Pilih kabupaten/kota."));

        var select = cut.Find("select");
        Assert.Equal("true", select.GetAttribute("aria-invalid"));
        Assert.Equal("regencyCode-error", select.GetAttribute("aria-describedby"));
        Assert.Equal("Pilih kabupaten/kota.", cut.Find(".field-regencyCode #regencyCode-error").TextContent);
    }

    [Fact]
    public void Read_only_shows_the_choice_but_cannot_change_it()
    {
        var cut = Render<EditorSelect<string>>(p => p.Add(x => x.Key, "categorySlug").Add(x => x.Label, "Kategori")
            .Add(x => x.Options, [("minuman", "Minuman")]).Add(x => x.Value, "minuman").Add(x => x.ReadOnly, true));

        Assert.True(cut.Find("select").HasAttribute("disabled"));
    }
}
