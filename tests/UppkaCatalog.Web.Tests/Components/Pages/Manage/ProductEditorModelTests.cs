using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Web.Components.Pages.Manage;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage;

/// <summary>The editor's form state on its own: reading typed text, and the JSON kept as a server-side draft.</summary>
public sealed class ProductEditorModelTests
{
    [Fact]
    public void A_draft_survives_the_round_trip_through_json_with_its_version_and_link_rows()
    {
        var version = Guid.NewGuid();
        var model = new ProductEditorModel
        {
            Name = "Dodol Nanas",
            PriceText = "Rp 12.500",
            Availability = Availability.PreOrder,
            PreOrderDaysText = "3",
            Version = version,
            Links = [new() { Name = "Shopee", Url = "https://shopee.co.id/x" }],
        };
        model.Errors["name"] = "not kept";

        var back = ProductEditorModel.FromJson(model.ToJson())!;

        Assert.Equal("Dodol Nanas", back.Name);
        Assert.Equal("Rp 12.500", back.PriceText);
        Assert.Equal(Availability.PreOrder, back.Availability);
        Assert.Equal("3", back.PreOrderDaysText);
        Assert.Equal(version, back.Version);
        Assert.Equal("https://shopee.co.id/x", Assert.Single(back.Links).Url);
        Assert.Empty(back.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void A_broken_draft_is_ignored_rather_than_breaking_the_editor(string json) =>
        Assert.Null(ProductEditorModel.FromJson(json));

    [Fact]
    public void Blank_link_rows_are_dropped_before_reading_so_messages_match_the_rows_shown()
    {
        var model = new ProductEditorModel
        {
            Name = "Keripik",
            Links = [new() { Name = " ", Url = "" }, new() { Name = "Shopee", Url = "shopee.co.id" }],
        };

        Assert.True(model.TryBuildInput(EditorMessages.Indonesian, out var input));

        Assert.Single(model.Links);
        Assert.Equal("shopee.co.id", Assert.Single(input.MarketplaceLinks).Url);
        // The service (not the model) judges the link: its message will name row 0, the row on screen.
        Assert.True(ProductRules.CheckDraft(ProductRules.Normalize(input)).ContainsKey("marketplaceLinks[0].url"));
    }

    [Fact]
    public void Unreadable_numbers_are_named_together_with_the_other_rules()
    {
        var model = new ProductEditorModel { Name = "", PriceText = "25,5", MinimumOrderText = "sepuluh" };

        Assert.False(model.TryBuildInput(EditorMessages.Indonesian, out _));

        Assert.Equal("Tulis harga dalam rupiah tanpa sen, mis. 25.000", model.ErrorFor("price"));
        Assert.Equal("Tulis angka bulat saja, mis. 10.", model.ErrorFor("minimumOrder"));
        Assert.Equal("Isi nama produk.", model.ErrorFor("name"));
    }
}
