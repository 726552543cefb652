using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Inquiries;

/// <summary>A buyer's inquiry: what is stored, and that bad input is refused field by field with nothing stored.</summary>
public sealed class InquiryValidationTests(MemberWorld w) : IClassFixture<MemberWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private InquiryService Inquiries => w.Get<InquiryService>();

    [Fact]
    public async Task A_valid_inquiry_is_stored_for_the_products_group_cleaned_with_the_phone_in_E164()
    {
        var product = await TestData.AddProductAsync(w, w.GroupB.Id, "keripik-valid");

        var id = await Inquiries.SubmitForProductAsync(product.Slug, new InquiryInput
        {
            BuyerName = "  Bu\u0000 Rina\u202E  Sari ",
            Phone = " +62 812-3456-7890 ",
            Quantity = " 1.000 ",
            Message = "  Halo,\r\n\r\n\r\n\r\nbisa kirim\u0007 ke Jambi?\t  \r\nTerima kasih  ",
        }, Ct);

        var stored = await InquiryWorld.LoadAsync(w, id);
        Assert.Equal(w.GroupB.Id, stored.GroupId);
        Assert.Equal(product.Id, stored.ProductId);
        Assert.Equal("Bu Rina Sari", stored.BuyerName);
        Assert.Equal("+6281234567890", stored.BuyerPhone);
        Assert.Equal(1000, stored.Quantity);
        Assert.Equal("Halo,\n\nbisa kirim ke Jambi?\nTerima kasih", stored.Message);
        Assert.Equal(InquiryStatus.New, stored.Status);
        Assert.Equal(w.Host.Time.GetUtcNow(), stored.CreatedAt);
    }

    [Fact]
    public async Task Quantity_may_be_left_empty()
    {
        var product = await TestData.AddProductAsync(w, w.GroupA.Id, "keripik-tanpa-jumlah");
        var input = InquiryWorld.Valid();
        input.Quantity = "  ";

        var id = await Inquiries.SubmitForProductAsync(product.Slug, input, Ct);

        Assert.Null((await InquiryWorld.LoadAsync(w, id)).Quantity);
    }

    [Theory]
    [InlineData("buyerName", "", "Isi nama Anda.")]
    [InlineData("buyerName", " \u0000\u0001 ", "Isi nama Anda.")]
    [InlineData("buyerName", "81 letters", "Nama terlalu panjang: paling banyak 80 huruf.")]
    [InlineData("phone", "", "Isi nomor WhatsApp Anda agar kelompok bisa membalas.")]
    [InlineData("phone", "0741 123456", "Nomor WhatsApp tidak valid. Tulis nomor Indonesia, mis. 0812 3456 7890.")]
    [InlineData("phone", "+1 415 555 0100", "Nomor WhatsApp tidak valid. Tulis nomor Indonesia, mis. 0812 3456 7890.")]
    [InlineData("quantity", "0", "Jumlah harus angka bulat 1 sampai 100.000, atau kosongkan.")]
    [InlineData("quantity", "100001", "Jumlah harus angka bulat 1 sampai 100.000, atau kosongkan.")]
    [InlineData("quantity", "-5", "Jumlah harus angka bulat 1 sampai 100.000, atau kosongkan.")]
    [InlineData("quantity", "dua", "Jumlah harus angka bulat 1 sampai 100.000, atau kosongkan.")]
    [InlineData("quantity", "2,5", "Jumlah harus angka bulat 1 sampai 100.000, atau kosongkan.")]
    [InlineData("message", "", "Tulis pesan atau pertanyaan Anda.")]
    [InlineData("message", "  Ha\u0000i ", "Pesan terlalu pendek: paling sedikit 5 huruf.")]
    [InlineData("message", "1001 letters", "Pesan terlalu panjang: paling banyak 1.000 huruf.")]
    public async Task Each_bad_field_gets_its_own_Indonesian_message_and_nothing_is_stored(string field, string value, string expected)
    {
        var product = await TestData.AddProductAsync(w, w.GroupA.Id, $"produk-{field}-{Guid.NewGuid():N}");
        value = value switch
        {
            "81 letters" => new string('a', 81),
            "1001 letters" => new string('x', 1001),
            _ => value,
        };
        var input = InquiryWorld.Valid();
        switch (field)
        {
            case "buyerName": input.BuyerName = value; break;
            case "phone": input.Phone = value; break;
            case "quantity": input.Quantity = value; break;
            default: input.Message = value; break;
        }

        var before = await InquiryWorld.InquiryCountAsync(w);

        var e = await Assert.ThrowsAsync<ValidationException>(() => Inquiries.SubmitForProductAsync(product.Slug, input, Ct));

        Assert.Equal(field, Assert.Single(e.Errors).Key);
        Assert.Equal(expected, e.Errors[field]);
        Assert.Equal(before, await InquiryWorld.InquiryCountAsync(w));
    }

    [Fact]
    public async Task Limits_are_inclusive_80_letters_of_name_1000_of_message_and_100000_pieces()
    {
        var product = await TestData.AddProductAsync(w, w.GroupA.Id, "batas-tepat");

        var id = await Inquiries.SubmitForProductAsync(product.Slug, new InquiryInput
        {
            BuyerName = new string('n', 80), Phone = "6285212345678", Quantity = "100000", Message = new string('m', 1000),
        }, Ct);

        var stored = await InquiryWorld.LoadAsync(w, id);
        Assert.Equal((80, "+6285212345678", 100_000, 1000), (stored.BuyerName.Length, stored.BuyerPhone, stored.Quantity, stored.Message.Length));
    }

    [Fact]
    public async Task Every_wrong_field_is_reported_at_once()
    {
        var product = await TestData.AddProductAsync(w, w.GroupA.Id, "semua-salah");
        var before = await InquiryWorld.InquiryCountAsync(w);

        var e = await Assert.ThrowsAsync<ValidationException>(() => Inquiries.SubmitForProductAsync(product.Slug, new InquiryInput(), Ct));

        Assert.Equal(["buyerName", "message", "phone"], e.Errors.Keys.Order());
        Assert.Equal(before, await InquiryWorld.InquiryCountAsync(w));
    }

    [Theory]
    [InlineData(ProductStatus.Draft)]
    [InlineData(ProductStatus.PendingReview)]
    [InlineData(ProductStatus.Rejected)]
    [InlineData(ProductStatus.Archived)]
    public async Task An_unpublished_product_takes_no_inquiry(ProductStatus status)
    {
        var product = await TestData.AddProductAsync(w, w.GroupA.Id, $"belum-tayang-{status}".ToLowerInvariant(), status);
        var before = await InquiryWorld.InquiryCountAsync(w);

        await Assert.ThrowsAsync<NotFoundException>(() => Inquiries.SubmitForProductAsync(product.Slug, InquiryWorld.Valid(), Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Inquiries.SubmitForProductAsync("tidak-ada", InquiryWorld.Valid(), Ct));

        Assert.Equal(before, await InquiryWorld.InquiryCountAsync(w));
    }
}
