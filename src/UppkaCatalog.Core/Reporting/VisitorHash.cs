using System.Security.Cryptography;
using System.Text;

namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// An anonymous visitor's name for one day: HMAC-SHA256 keyed with the day's random salt over address + browser,
/// truncated to 16 bytes, base64url. Without the salt (deleted once the day is over) the hash cannot be tied back to
/// an address by trying all 4 billion of them; the same visitor gets a different hash the next day.
/// </summary>
public static class VisitorHash
{
    public const int SaltBytes = 32;

    /// <summary>The visitor as the web layer describes them: client address and user agent.</summary>
    public static string Describe(string? address, string? userAgent) => (address ?? "") + "\n" + (userAgent ?? "");

    public static string Compute(byte[] salt, string visitor)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(visitor), mac);
        return Convert.ToBase64String(mac[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltBytes);
}
