using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Tests.Common;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("081234567890", "+6281234567890")]
    [InlineData("6281234567890", "+6281234567890")]
    [InlineData("+6281234567890", "+6281234567890")]
    [InlineData("0812 3456 7890", "+6281234567890")]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("+62 812-3456-7890", "+6281234567890")]
    [InlineData("(0812) 345 678", "+62812345678")]
    [InlineData(" 0852.1234.5678 ", "+6285212345678")]
    public void TryNormalize_turns_Indonesian_mobile_numbers_into_E164(string input, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(input, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("0741 123456")] // a Jambi landline: no WhatsApp
    [InlineData("+62741123456")]
    [InlineData("0812345")] // too short
    [InlineData("08123456789012")] // too long
    [InlineData("+1 415 555 0100")] // not Indonesian
    [InlineData("81234567890")] // no country or trunk prefix
    [InlineData("nomor saya")]
    [InlineData("08abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryNormalize_refuses_landlines_short_foreign_and_garbage_numbers(string? input)
    {
        Assert.False(PhoneNumber.TryNormalize(input, out var e164));
        Assert.Equal("", e164);
    }

    [Fact]
    public void WhatsAppLink_uses_digits_only_and_percent_encodes_the_message()
    {
        const string message = "Halo UPPKA Melati, saya mau pesan Dodol & Selai (2 bungkus) #1?";

        var link = PhoneNumber.WhatsAppLink("+6281234560001", message);

        const string prefix = "https://wa.me/6281234560001?text=";
        Assert.StartsWith(prefix, link);
        var text = link[prefix.Length..];
        // Nothing in the message may end the parameter or start another one, and spaces are %20 (not '+').
        Assert.DoesNotContain(' ', text);
        Assert.DoesNotContain('&', text);
        Assert.DoesNotContain('#', text);
        Assert.DoesNotContain('?', text);
        Assert.DoesNotContain('+', text);
        Assert.Contains("%26", text);
        Assert.Equal(message, Uri.UnescapeDataString(text));
        Assert.True(Uri.IsWellFormedUriString(link, UriKind.Absolute));
    }

    [Theory]
    [InlineData("0741-555102", "+62741555102")]
    [InlineData("(0741) 555 102", "+62741555102")]
    [InlineData("+62 21 5551 0203", "+622155510203")]
    [InlineData("0812-3456-7890", "+6281234567890")]
    public void An_office_number_may_be_a_fixed_line_or_a_mobile(string typed, string stored)
    {
        Assert.True(PhoneNumber.TryNormalizeOffice(typed, out var e164));
        Assert.Equal(stored, e164);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("0741-55")]
    [InlineData("0112345678")]
    [InlineData("telepon kantor")]
    public void An_office_number_that_is_none_is_refused(string typed) => Assert.False(PhoneNumber.TryNormalizeOffice(typed, out _));
}
