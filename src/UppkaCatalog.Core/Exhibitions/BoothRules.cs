using System.Globalization;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>Where the registration window of an exhibition stands at a moment.</summary>
public enum RegistrationWindow
{
    NotYetOpen,
    Open,
    Closed,
}

/// <summary>
/// The rules of a group's booth, in one place for the service, the pages and the tests: the time
/// windows shared by every exhibition feature, and the shape of a booth (tagline, up to 12 products,
/// exhibition prices). Field keys are the API's camelCase names; messages are Indonesian.
/// </summary>
public static class BoothRules
{
    public const int MaxTaglineLength = 200;
    public const int MaxProducts = 12;

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>A null bound is open on that side; the closing moment itself is already closed.</summary>
    public static RegistrationWindow RegistrationAt(Exhibition e, DateTimeOffset now) =>
        e.RegistrationOpensAt is { } opens && now < opens ? RegistrationWindow.NotYetOpen
        : e.RegistrationClosesAt is { } closes && now >= closes ? RegistrationWindow.Closed
        : RegistrationWindow.Open;

    /// <summary>Applying and withdrawing an application: published and inside the registration window.</summary>
    public static bool CanApply(Exhibition e, DateTimeOffset now) =>
        e.Status == ExhibitionStatus.Published && RegistrationAt(e, now) == RegistrationWindow.Open;

    /// <summary>Editing an application or an accepted booth: published and not yet ended.</summary>
    public static bool CanEdit(Exhibition e, BoothStatus status, DateTimeOffset now) =>
        e.Status == ExhibitionStatus.Published && now < e.EndsAt && status is BoothStatus.Applied or BoothStatus.Accepted;

    /// <summary>
    /// An application may be withdrawn while registration is open. An accepted booth may be withdrawn until the
    /// exhibition opens: after that buyers may already have it open or shared, and a hole in the hall mid-event
    /// is staff's call (they can remove a booth), not the group's.
    /// </summary>
    public static bool CanWithdraw(Exhibition e, BoothStatus status, DateTimeOffset now) =>
        e.Status == ExhibitionStatus.Published && status switch
        {
            BoothStatus.Applied => RegistrationAt(e, now) == RegistrationWindow.Open,
            BoothStatus.Accepted => now < e.StartsAt,
            _ => false,
        };

    /// <summary>Why applying is refused now, in words for the member; null when it is allowed.</summary>
    public static string? WhyNotApply(Exhibition e, DateTimeOffset now)
    {
        if (e.Status == ExhibitionStatus.Archived) return "Pameran ini sudah ditutup. Pendaftaran stan tidak dibuka lagi.";
        return RegistrationAt(e, now) switch
        {
            RegistrationWindow.NotYetOpen => $"Pendaftaran stan belum dibuka. Pendaftaran dibuka {Moment(e.RegistrationOpensAt!.Value)}.",
            RegistrationWindow.Closed => $"Pendaftaran stan sudah ditutup pada {Moment(e.RegistrationClosesAt!.Value)}.",
            _ => null,
        };
    }

    /// <summary>Why editing the booth is refused now; null when it is allowed.</summary>
    public static string? WhyNotEdit(Exhibition e, BoothStatus status, DateTimeOffset now)
    {
        if (e.Status == ExhibitionStatus.Archived) return "Pameran ini sudah ditutup. Stan tidak bisa diubah lagi.";
        if (now >= e.EndsAt) return "Pameran sudah berakhir. Stan tidak bisa diubah lagi.";
        return status switch
        {
            BoothStatus.Rejected => "Pengajuan stan ini ditolak staf, jadi tidak bisa diubah. Ajukan lagi selama pendaftaran dibuka.",
            BoothStatus.Withdrawn => "Stan ini sudah Anda tarik, jadi tidak bisa diubah. Ajukan lagi selama pendaftaran dibuka.",
            _ => null,
        };
    }

    /// <summary>Why withdrawing is refused now; null when it is allowed.</summary>
    public static string? WhyNotWithdraw(Exhibition e, BoothStatus status, DateTimeOffset now)
    {
        if (e.Status == ExhibitionStatus.Archived) return "Pameran ini sudah ditutup.";
        return status switch
        {
            BoothStatus.Applied when RegistrationAt(e, now) != RegistrationWindow.Open =>
                "Pendaftaran stan sudah ditutup, jadi pengajuan tidak bisa ditarik lagi. Hubungi staf BKKBN bila perlu.",
            BoothStatus.Accepted when now >= e.StartsAt =>
                "Pameran sudah dimulai, jadi stan tidak bisa ditarik lagi. Hubungi staf BKKBN bila perlu.",
            BoothStatus.Rejected or BoothStatus.Withdrawn => "Tidak ada pengajuan atau stan yang bisa ditarik.",
            _ => null,
        };
    }

    /// <summary>Trims the tagline; keeps the products as given (their order is the booth's order).</summary>
    public static BoothInput Normalize(BoothInput input) => input with { Tagline = input.Tagline?.Trim() ?? "" };

    /// <summary>Checks what needs no database: tagline, the number of products, duplicates, prices above zero.</summary>
    public static Dictionary<string, string> CheckShape(BoothInput b)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(b.Tagline)) e["tagline"] = "Isi slogan stan: satu kalimat pendek yang mengajak pembeli mampir.";
        else if (b.Tagline.Length > MaxTaglineLength) e["tagline"] = $"Slogan terlalu panjang: paling banyak {MaxTaglineLength} huruf (sekarang {b.Tagline.Length}).";

        if (b.Products.Count == 0) e["products"] = "Pilih paling sedikit satu produk untuk dipajang di stan.";
        else if (b.Products.Count > MaxProducts) e["products"] = $"Paling banyak {MaxProducts} produk dalam satu stan (Anda memilih {b.Products.Count}).";

        var seen = new HashSet<int>();
        for (var i = 0; i < b.Products.Count; i++)
        {
            if (!seen.Add(b.Products[i].ProductId)) e.TryAdd($"products[{i}].productId", "Produk ini sudah dipilih. Satu produk hanya dipajang sekali.");
            if (b.Products[i].ExhibitionPrice is <= 0) e.TryAdd($"products[{i}].exhibitionPrice", "Harga pameran harus lebih dari Rp 0. Kosongkan bila tidak ada harga khusus.");
        }

        return e;
    }

    /// <summary>
    /// Checks each chosen product against the group's own products: unknown ones (another group's included:
    /// the member must not learn they exist) and unpublished ones are refused, and an exhibition price must be
    /// below the normal price. <paramref name="alreadyFeatured"/> may stay though no longer published (the buyer
    /// page hides them), so a product sent back to review does not lock the booth.
    /// </summary>
    public static void CheckProducts(Dictionary<string, string> e, BoothInput b, IReadOnlyDictionary<int, Product> own, IReadOnlySet<int> alreadyFeatured)
    {
        for (var i = 0; i < b.Products.Count; i++)
        {
            var chosen = b.Products[i];
            if (!own.TryGetValue(chosen.ProductId, out var p))
            {
                e.TryAdd($"products[{i}].productId", "Produk tidak ditemukan di daftar produk kelompok Anda.");
                continue;
            }

            if (p.Status != ProductStatus.Published && !alreadyFeatured.Contains(p.Id))
            {
                e.TryAdd($"products[{i}].productId", $"\"{p.Name}\" belum tayang di katalog. Hanya produk yang sudah tayang yang bisa dipajang.");
            }

            if (chosen.ExhibitionPrice is > 0 and var price && price >= p.Price)
            {
                e.TryAdd($"products[{i}].exhibitionPrice", $"Harga pameran harus di bawah harga biasa {Rupiah.Format(p.Price)}.");
            }
        }
    }

    /// <summary>A moment as members read it: "Senin, 30 November 2026 pukul 00.00 WIB".</summary>
    public static string Moment(DateTimeOffset at) =>
        at.ToWib().ToString("dddd, d MMMM yyyy 'pukul' HH.mm", Indonesian) + " WIB";
}
