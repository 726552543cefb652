using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Tests.Common;

/// <summary>The product page's WhatsApp button: a number typed as 08… and a message with a price and a link.</summary>
public sealed class WhatsAppLinkTests
{
    [Theory]
    [InlineData("0812-3456-7890")]
    [InlineData("0812 3456 7890")]
    [InlineData("+62 812 3456 7890")]
    [InlineData("6281234567890")]
    public void A_number_typed_any_usual_way_becomes_the_same_wa_me_number(string typed)
    {
        Assert.True(PhoneNumber.TryNormalize(typed, out var e164));

        var link = PhoneNumber.WhatsAppLink(e164, "Halo");

        Assert.Equal("https://wa.me/6281234567890?text=Halo", link);
    }

    [Fact]
    public void A_message_with_a_price_an_address_with_a_query_and_non_ASCII_letters_survives_the_round_trip()
    {
        const string message = "Halo UPPKA Melati, saya tertarik dengan Dodol Nanas – 250 g (Rp 25.000) di Katalog UPPKA: https://katalog.example/produk/dodol-nanas?a=1&b=2#foto é";

        var link = PhoneNumber.WhatsAppLink("+6281234567890", message);

        var text = new Uri(link).Query;
        Assert.StartsWith("?text=", text);
        Assert.DoesNotContain('&', text);
        Assert.DoesNotContain('#', link);
        Assert.DoesNotContain(' ', link);
        Assert.Contains("Rp%2025.000", link);
        Assert.Contains("https%3A%2F%2Fkatalog.example%2Fproduk%2Fdodol-nanas%3Fa%3D1%26b%3D2%23foto", link);
        Assert.Equal(message, Uri.UnescapeDataString(text["?text=".Length..]));
    }
}
