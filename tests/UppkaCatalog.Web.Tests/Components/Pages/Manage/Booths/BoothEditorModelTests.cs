using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Web.Components.Pages.Manage.Booths;

namespace UppkaCatalog.Web.Tests.Components.Pages.Manage.Booths;

/// <summary>The booth form's state: messages stay with their product when the list is reordered; prices are read as rupiah.</summary>
public sealed class BoothEditorModelTests
{
    [Fact]
    public void A_message_named_by_position_stays_beside_its_product_after_reordering()
    {
        var model = BoothEditorModel.From(null);
        foreach (var id in new[] { 10, 20, 30 }) model.Toggle(id);
        var input = model.ToInput("tidak terbaca")!;

        model.SetErrors(new Dictionary<string, string>
        {
            ["products[1].exhibitionPrice"] = "harga 20",
            ["products[2].productId"] = "produk 30",
            ["tagline"] = "slogan",
        }, input.Products.Select(p => p.ProductId).ToList());
        model.Move(30, -1);
        model.Move(30, -1);

        Assert.Equal([30, 10, 20], model.Chosen.Select(c => c.ProductId).ToArray());
        Assert.Equal("harga 20", model.PriceErrors[20]);
        Assert.Equal("produk 30", model.ProductErrors[30]);
        Assert.Equal("slogan", Assert.Single(model.Errors).Value);
    }

    [Fact]
    public void Prices_are_read_as_whole_rupiah_and_an_unreadable_one_stops_the_send()
    {
        var model = BoothEditorModel.From(new OwnBoothDetail(1, BoothStatus.Applied, "Slogan", null, null, null, DateTimeOffset.UnixEpoch, null, null, Guid.Empty,
            [new BoothProductInput(10, 20_000), new BoothProductInput(20)]));
        Assert.Equal(["20.000", ""], model.Chosen.Select(c => c.PriceText).ToArray());

        model.Chosen[1].PriceText = "Rp 12.500";
        Assert.Equal([20_000L, 12_500L], model.ToInput("tidak terbaca")!.Products.Select(p => p.ExhibitionPrice).ToArray());

        model.Chosen[1].PriceText = "12,5";
        Assert.Null(model.ToInput("tidak terbaca"));
        Assert.Equal("tidak terbaca", model.PriceErrors[20]);
    }

    [Fact]
    public void A_thirteenth_product_is_not_added()
    {
        var model = BoothEditorModel.From(null);
        for (var id = 1; id <= BoothRules.MaxProducts; id++) Assert.True(model.Toggle(id));

        Assert.False(model.Toggle(99));
        Assert.True(model.IsFull);
        Assert.True(model.Toggle(1)); // taking one out makes room
        Assert.True(model.Toggle(99));
        Assert.Equal(99, model.Chosen[^1].ProductId);
    }
}
