using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>A product's address never reads as a number: <c>/api/v1/products/{id}</c> would take it for an id.</summary>
public sealed class ProductSlugTests(MemberWorld world) : IClassFixture<MemberWorld>
{
    [Theory]
    [InlineData("2024", "produk-2024")]
    [InlineData(" 12345 ", "produk-12345")]
    [InlineData("Keripik 2024", "keripik-2024")]
    public async Task A_name_of_digits_gets_a_word_in_front(string name, string slug)
    {
        var draft = await world.Editing.CreateDraftAsync(world.MemberA, MemberWorld.CompleteInput(name), TestContext.Current.CancellationToken);

        Assert.Equal(slug, draft.Slug);
    }
}
