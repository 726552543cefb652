using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Tests.Shared;
using UppkaCatalog.Web.Components.Pages.Manage;
using UppkaCatalog.Web.Tests.Support;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>
/// The product editor's validation as the member meets it: every message sits under its own field,
/// nothing is saved that should not be, and a stale form is refused with a clear way out.
/// </summary>
public sealed class ProductEditorTests : EditorTestBase
{
    private IRenderedComponent<ProductEditor> Editor(int? productId = null) =>
        Render<ProductEditor>(p => p.Add(x => x.ProductId, productId).Add(x => x.DraftDelay, TimeSpan.FromMilliseconds(20)));

    private static IElement FieldOf(IRenderedComponent<ProductEditor> editor, string cssKey) => editor.Find($".field-{cssKey}");

    private static Task TypeAsync(IRenderedComponent<ProductEditor> editor, string cssKey, string text) =>
        editor.Find($".field-{cssKey} input, .field-{cssKey} textarea").InputAsync(text);

    private static string? MessageUnder(IRenderedComponent<ProductEditor> editor, string cssKey) =>
        FieldOf(editor, cssKey).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();

    private Task<int> ProductCountAsync() => Db.CreateDbContext().Products.CountAsync(Ct);

    [Fact]
    public async Task An_empty_name_is_named_under_the_name_field_and_nothing_is_saved()
    {
        using var culture = new CultureScope("id-ID");
        var editor = Editor();
        editor.WaitForElement(".field-name input");
        await TypeAsync(editor, "price", "25.000");

        await editor.Find(".action-save").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Isi nama produk.", MessageUnder(editor, "name")));
        Assert.Null(MessageUnder(editor, "price"));
        Assert.Equal(0, await ProductCountAsync());
    }

    [Theory]
    [InlineData("25.000")]
    [InlineData("25000")]
    [InlineData("Rp 25.000")]
    public async Task A_price_typed_the_way_people_write_it_is_saved_as_whole_rupiah(string typed)
    {
        using var culture = new CultureScope("id-ID");
        var editor = Editor();
        editor.WaitForElement(".field-name input");
        await TypeAsync(editor, "name", "Keripik Pisang Manis");
        await TypeAsync(editor, "price", typed);

        await editor.Find(".action-save").ClickAsync();

        var rows = await WaitForOwnProductsAsync(1);
        Assert.Equal(25_000, rows[0].Price);
        // The form shows the saved price the Indonesian way, and the address is now the product's own.
        editor.WaitForAssertion(() => Assert.Equal("25.000", editor.Find(".field-price input").GetAttribute("value")));
        Assert.EndsWith($"/kelola/produk/{rows[0].Id}", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25,5")]
    [InlineData("25.5")]
    [InlineData("dua puluh ribu")]
    public async Task A_price_with_sen_or_words_shows_how_to_write_it_under_the_price(string typed)
    {
        using var culture = new CultureScope("id-ID");
        var editor = Editor();
        editor.WaitForElement(".field-name input");
        await TypeAsync(editor, "name", "Keripik Pisang Manis");
        await TypeAsync(editor, "price", typed);

        await editor.Find(".action-save").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Tulis harga dalam rupiah tanpa sen, mis. 25.000", MessageUnder(editor, "price")));
        Assert.Contains("Periksa kembali isian yang ditandai.", editor.Find(".summary").TextContent);
        Assert.Equal(0, await ProductCountAsync());
        // What the member typed stays for them to correct.
        Assert.Equal(typed, editor.Find(".field-price input").GetAttribute("value"));
    }

    [Fact]
    public async Task Pre_order_without_days_asks_for_the_days_under_that_field()
    {
        using var culture = new CultureScope("id-ID");
        var editor = Editor();
        editor.WaitForElement(".field-name input");
        await TypeAsync(editor, "name", "Dodol Nanas");
        Assert.Empty(editor.FindAll(".field-preOrderDays"));

        await ChooseAvailabilityAsync(editor, Availability.PreOrder);
        editor.WaitForElement(".field-preOrderDays input");
        await editor.Find(".action-save").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Untuk pre-order, isi lama pembuatan 1 sampai 90 hari.", MessageUnder(editor, "preOrderDays")));
        Assert.Equal(0, await ProductCountAsync());
    }

    [Fact]
    public async Task A_marketplace_link_without_https_is_named_beside_that_link()
    {
        using var culture = new CultureScope("id-ID");
        var editor = Editor();
        editor.WaitForElement(".field-name input");
        await TypeAsync(editor, "name", "Keripik Pisang Manis");
        await editor.FindAll("button").Single(b => b.TextContent.Contains("Tambah tautan toko online")).ClickAsync();
        await editor.FindAll("button").Single(b => b.TextContent.Contains("Tambah tautan toko online")).ClickAsync();
        await TypeAsync(editor, "marketplaceLinks-0-name", "Tokopedia");
        await TypeAsync(editor, "marketplaceLinks-0-url", "https://www.tokopedia.com/melati/keripik");
        await TypeAsync(editor, "marketplaceLinks-1-name", "Shopee");
        await TypeAsync(editor, "marketplaceLinks-1-url", "shopee.co.id");

        await editor.Find(".action-save").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal(
            "Tautan harus alamat web lengkap yang diawali https:// atau http://.", MessageUnder(editor, "marketplaceLinks-1-url")));
        Assert.Null(MessageUnder(editor, "marketplaceLinks-0-url"));
        Assert.Null(MessageUnder(editor, "marketplaceLinks-1-name"));
        Assert.Equal(0, await ProductCountAsync());
    }

    [Fact]
    public async Task Submitting_without_a_photo_saves_the_draft_and_asks_for_a_photo()
    {
        using var culture = new CultureScope("id-ID");
        var product = await NewDraftAsync();
        var editor = Editor(product.Id);
        editor.WaitForElement(".field-name input");

        await editor.Find(".action-submit").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Tambahkan paling sedikit satu foto kemasan.", editor.Find(".field-photos").TextContent.Trim()));
        Assert.Contains("belum bisa diajukan", editor.Find(".summary").TextContent);
        var saved = await Editing.GetForEditAsync(Member, product.Id, Ct);
        Assert.Equal(ProductStatus.Draft, saved.Status);
    }

    [Fact]
    public async Task Saving_over_a_newer_save_shows_the_conflict_keeps_the_typing_and_offers_the_latest_version()
    {
        using var culture = new CultureScope("id-ID");
        var product = await NewDraftAsync();
        var editor = Editor(product.Id);
        editor.WaitForElement(".field-name input");
        // Someone else in the group saves first.
        var theirs = CompleteInput(name: "Keripik Pisang Cokelat", price: 30_000);
        await Editing.UpdateAsync(Member, product.Id, theirs, product.Version, Ct);
        await TypeAsync(editor, "name", "Keripik Pisang Balado");

        await editor.Find(".action-save").ClickAsync();

        var alert = editor.WaitForElement(".conflict");
        Assert.Contains("baru saja diubah oleh orang lain", alert.TextContent);
        Assert.Equal("Keripik Pisang Balado", editor.Find(".field-name input").GetAttribute("value"));
        Assert.Equal("Keripik Pisang Cokelat", (await Editing.GetForEditAsync(Member, product.Id, Ct)).Input.Name);

        await alert.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Muat versi terbaru")).ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Keripik Pisang Cokelat", editor.Find(".field-name input").GetAttribute("value")));
        Assert.Empty(editor.FindAll(".conflict"));
        Assert.Equal("30.000", editor.Find(".field-price input").GetAttribute("value"));
    }

    [Fact]
    public async Task What_was_typed_is_kept_on_the_server_and_given_back_when_the_editor_opens_again()
    {
        using var culture = new CultureScope("id-ID");
        var product = await NewDraftAsync();
        var first = Editor(product.Id);
        first.WaitForElement(".field-name input");
        await TypeAsync(first, "description", "Pisang kepok dari kebun sendiri, digoreng tipis. Tahan tiga bulan.");

        // The draft is written a moment after the last keystroke, without pressing anything.
        await WaitUntilAsync(async () => await Drafts.GetAsync(Member, product.Id, Ct) is not null);

        // A lost connection: a new circuit renders a new editor.
        var second = Editor(product.Id);
        second.WaitForAssertion(() => Assert.Equal(
            "Pisang kepok dari kebun sendiri, digoreng tipis. Tahan tiga bulan.", second.Find(".field-description textarea").TextContent));
        Assert.Contains("Isian yang belum disimpan dipulihkan", second.Find(".restored").TextContent);

        // Saved for real: the draft goes.
        await second.Find(".action-save").ClickAsync();
        await WaitUntilAsync(async () => await Drafts.GetAsync(Member, product.Id, Ct) is null);
        Assert.Equal("Pisang kepok dari kebun sendiri, digoreng tipis. Tahan tiga bulan.", (await Editing.GetForEditAsync(Member, product.Id, Ct)).Input.Description);
    }

    [Fact]
    public async Task A_rejected_product_shows_the_staff_reason_at_the_top()
    {
        using var culture = new CultureScope("id-ID");
        var product = await NewDraftAsync();
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            var row = await db.Products.SingleAsync(p => p.Id == product.Id, Ct);
            row.Status = ProductStatus.Rejected;
            row.RejectionReason = "Foto kemasan buram; ulangi di tempat terang.";
            await db.SaveChangesAsync(Ct);
        }

        var editor = Editor(product.Id);

        var notice = editor.WaitForElement(".notice--rejected");
        Assert.Contains("Foto kemasan buram; ulangi di tempat terang.", notice.TextContent);
        Assert.Equal("Ditolak", editor.Find(".editor-head .status").TextContent);
        Assert.NotEmpty(editor.FindAll(".action-submit"));
    }

    [Fact]
    public async Task Archiving_takes_the_product_out_and_reactivating_brings_it_back_as_a_draft()
    {
        using var culture = new CultureScope("id-ID");
        var product = await NewDraftAsync();
        var editor = Editor(product.Id);
        editor.WaitForElement(".action-archive");

        await editor.Find(".action-archive").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Diarsipkan", editor.Find(".editor-head .status").TextContent));
        Assert.Empty(editor.FindAll(".action-save"));
        Assert.NotNull(editor.Find(".field-name input").GetAttribute("readonly"));
        Assert.Equal(ProductStatus.Archived, (await Editing.GetForEditAsync(Member, product.Id, Ct)).Status);

        await editor.Find(".action-restore").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Draf", editor.Find(".editor-head .status").TextContent));
        Assert.NotEmpty(editor.FindAll(".action-save"));
    }

    [Fact]
    public async Task In_English_the_editor_and_its_own_messages_are_English()
    {
        using var culture = new CultureScope("en-US");
        var editor = Editor();
        editor.WaitForElement(".field-name input");
        await TypeAsync(editor, "name", "Banana Crisps");
        await TypeAsync(editor, "price", "25,5");

        await editor.Find(".action-save").ClickAsync();

        editor.WaitForAssertion(() => Assert.Equal("Write the price in whole rupiah, e.g. 25.000", MessageUnder(editor, "price")));
        Assert.Equal("New product", editor.Find("h1").TextContent);
        Assert.Equal("Save draft", editor.Find(".action-save").TextContent.Trim());
        Assert.Contains("Product name", editor.Find(".field-name label").TextContent);
    }

    [Fact]
    public async Task Another_groups_product_is_not_found()
    {
        using var culture = new CultureScope("id-ID");
        var theirs = await NewDraftAsync(owner: OtherMember);

        var editor = Editor(theirs.Id);

        editor.WaitForAssertion(() => Assert.Equal("Produk tidak ditemukan", editor.Find("h1").TextContent));
        Assert.Empty(editor.FindAll(".field-name"));
        Assert.DoesNotContain(theirs.Input.Name!, editor.Markup);
    }

    private static async Task ChooseAvailabilityAsync(IRenderedComponent<ProductEditor> editor, Availability availability)
    {
        await editor.FindAll(".field-availability input[type=radio]")[(int)availability].ClickAsync();
    }

    private async Task<IReadOnlyList<OwnProductRow>> WaitForOwnProductsAsync(int count)
    {
        IReadOnlyList<OwnProductRow> rows = [];
        await WaitUntilAsync(async () => (rows = await Editing.ListOwnAsync(Member, ct: Ct)).Count == count);
        return rows;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(50, Ct);
        }

        Assert.Fail("the condition did not come true within 5 seconds");
    }
}
