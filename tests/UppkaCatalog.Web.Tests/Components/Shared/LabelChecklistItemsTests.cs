using Bunit;
using MudBlazor.Services;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Catalog.Labels;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Shared;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Shared;

/// <summary>The checklist as the printable page and staff review show it: read-only without a toggle, tick boxes with one.</summary>
public sealed class LabelChecklistItemsTests : ComponentTest
{
    public LabelChecklistItemsTests() => Services.AddMudServices();

    private static readonly LabelChecklistView Checklist = LabelChecklist.For(
        new ProductInput { Name = "Tas Purun", CategorySlug = "anyaman", LabelTicks = ["care"] },
        new LabelProducer("UPPKA Melati", "Sengeti", "Sekernan", BusinessSector.Crafts));

    [Fact]
    public void Without_a_toggle_it_is_read_only_and_says_done_or_missing_and_why()
    {
        using var _ = new CultureScope("id-ID");

        var cut = Render<LabelChecklistItems>(p => p.Add(x => x.Checklist, Checklist));

        Assert.Empty(cut.FindAll("input[type=checkbox]"));
        Assert.Equal("3 dari 5 sudah ada di label", cut.Find(".label-checklist__count").TextContent);
        Assert.Contains("Belum ada: Bahan, Ukuran", cut.Find(".label-checklist__missing").TextContent);
        Assert.Contains("Sudah (dicentang)", cut.Find("li[data-item=care]").TextContent);
        Assert.Contains("Contoh: Cuci dengan tangan", cut.Find("li[data-item=care]").TextContent);
        Assert.Equal("3", cut.Find("progress").GetAttribute("value"));
    }

    [Fact]
    public void With_a_toggle_only_the_items_fields_cannot_know_get_a_tick_box()
    {
        using var _ = new CultureScope("id-ID");
        (string, bool)? toggled = null;

        var cut = Render<LabelChecklistItems>(p => p.Add(x => x.Checklist, Checklist).Add(x => x.OnToggle, ((string Id, bool Ticked) t) => toggled = t));

        Assert.Equal(3, cut.FindAll("input[type=checkbox]").Count); // material, size, care; not name or producer
        cut.Find("li[data-item=material] input[type=checkbox]").Change(true);
        Assert.Equal(("material", true), toggled);
    }
}
