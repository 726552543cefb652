using Bunit;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>
/// The editor's "Label kemasan" section: completeness live from what is typed and ticked, ticks autosaved with the
/// draft and stored by Simpan, the craft list for a craft category. It never stands in the way of saving.
/// </summary>
public sealed class LabelChecklistSectionTests : EditorTestBase
{
    private IRenderedComponent<ProductEditor> Editor(int? productId = null) =>
        Render<ProductEditor>(p => p.Add(x => x.ProductId, productId).Add(x => x.DraftDelay, TimeSpan.FromMilliseconds(20)));

    private static string Count(IRenderedComponent<ProductEditor> editor) => editor.Find(".label-checklist__count").TextContent.Trim();

    private static Task TickAsync(IRenderedComponent<ProductEditor> editor, string id, bool ticked = true) =>
        editor.Find($".label-item-{id} input[type=checkbox]").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = ticked });

    [Fact]
    public async Task Completeness_follows_the_fields_typed_and_the_items_ticked_and_saving_stores_the_ticks()
    {
        using var culture = new CultureScope("id-ID");
        var product = await NewDraftAsync();
        var editor = Editor(product.Id);
        editor.WaitForElement(".label-section");

        // Name and producer (the group's profile) known; net content, permit and the three printed items missing.
        Assert.Equal("2 dari 7 sudah ada di label", Count(editor));
        Assert.Contains("Belum ada: Berat atau isi bersih, Nomor P-IRT atau BPOM, Kode produksi", editor.Find(".label-checklist__missing").TextContent);
        Assert.Contains("Dari profil kelompok: Kelompok", editor.Find(".label-item-producer").TextContent);
        Assert.Contains("Contoh: Berat bersih 250 g", editor.Find(".label-item-netContent").TextContent);
        Assert.Empty(editor.FindAll(".label-item-netContent input[type=checkbox]")); // known from a field, not ticked
        Assert.Empty(editor.FindAll(".label-item-halalLogo")); // not certified

        await editor.Find(".field-netContent input").InputAsync("250 g");
        await TickAsync(editor, "composition");
        editor.WaitForAssertion(() => Assert.Equal("4 dari 7 sudah ada di label", Count(editor)));
        Assert.Contains("Dari kolom Isi bersih: 250 g", editor.Find(".label-item-netContent").TextContent);
        Assert.Contains("Dicentang", editor.Find(".label-item-composition").TextContent);

        // A halal number adds the halal logo to the list.
        await editor.Find(".field-halalNumber input").InputAsync("ID15110000123450124");
        editor.WaitForAssertion(() => Assert.Equal("4 dari 8 sudah ada di label", Count(editor)));
        await TickAsync(editor, "halalLogo");
        editor.WaitForAssertion(() => Assert.Equal("5 dari 8 sudah ada di label", Count(editor)));

        await editor.Find(".action-save").ClickAsync();

        await WaitUntilAsync(async () => (await Editing.GetForEditAsync(Member, product.Id, Ct)).Input.LabelTicks!.Count == 2);
        Assert.Equal(["composition", "halalLogo"], (await Editing.GetForEditAsync(Member, product.Id, Ct)).Input.LabelTicks);
        Assert.Equal($"/kelola/produk/{product.Id}/label", editor.Find(".label-section__print").GetAttribute("href"));
    }

    [Fact]
    public async Task Ticks_are_kept_in_the_server_side_draft_and_come_back_in_a_new_circuit()
    {
        using var culture = new CultureScope("id-ID");
        var product = await NewDraftAsync();
        var first = Editor(product.Id);
        first.WaitForElement(".label-section");

        await TickAsync(first, "expiryDate");
        await WaitUntilAsync(async () => (await Drafts.GetAsync(Member, product.Id, Ct))?.Json.Contains("expiryDate", StringComparison.Ordinal) == true);

        var second = Editor(product.Id);
        second.WaitForAssertion(() => Assert.Equal("3 dari 7 sudah ada di label", Count(second)));
        Assert.True(second.Find(".label-item-expiryDate input[type=checkbox]").HasAttribute("checked"));
    }

    [Fact]
    public async Task A_craft_gets_material_size_and_care_and_a_new_product_is_printable_after_saving()
    {
        using var culture = new CultureScope("id-ID");
        var input = CompleteInput("Tas Anyaman Purun");
        input.CategorySlug = "anyaman";
        var product = await NewDraftAsync(input);

        var editor = Editor(product.Id);
        editor.WaitForElement(".label-section");

        Assert.Equal(["name", "producer", "material", "size", "care"],
            editor.FindAll(".label-item").Select(li => li.GetAttribute("data-item")));
        Assert.Equal("2 dari 5 sudah ada di label", Count(editor));

        var fresh = Editor();
        fresh.WaitForElement(".label-section");
        Assert.Contains("setelah produk disimpan", fresh.Find(".label-section").TextContent);
        Assert.Empty(fresh.FindAll(".label-section__print"));
    }

    [Fact]
    public async Task In_English_the_section_is_English()
    {
        using var culture = new CultureScope("en");
        var product = await NewDraftAsync();
        var editor = Editor(product.Id);
        editor.WaitForElement(".label-section");

        Assert.Equal("Packaging label", editor.Find("#label-heading").TextContent);
        Assert.Equal("2 of 7 on the label", Count(editor));
        Assert.Contains("Example: Net weight 250 g", editor.Find(".label-item-netContent").TextContent);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }

        Assert.Fail("The condition was not met in time.");
    }
}
