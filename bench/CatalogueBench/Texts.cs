using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;

namespace UppkaCatalog.Bench;

/// <summary>
/// Varied listing texts, as members write them: short and long names, one-line and several-paragraph descriptions,
/// permits on some, net content on most. Seeded, so every run makes the same catalogue.
/// </summary>
internal static class Texts
{
    private static readonly string[] Bases =
    [
        "Keripik Pisang", "Dodol Nanas", "Kopi Bubuk Liberika", "Madu Hutan", "Tas Anyaman Pandan", "Batik Tulis Motif Angso Duo",
        "Sambal Bawang", "Kerupuk Ikan Patin", "Abon Ikan Tuna", "Rengginang Ketan", "Emping Melinjo", "Teh Kayu Manis",
        "Sabun Sereh Wangi", "Kue Bangkit", "Lempok Durian", "Selai Srikaya", "Gula Aren Cair", "Kemplang Panggang",
        "Tikar Purun", "Kain Tenun Songket", "Bubuk Jahe Merah", "Keripik Talas", "Manisan Pala", "Kacang Sangrai Bawang",
    ];

    private static readonly string[] Variants = ["Original", "Pedas Manis", "Rasa Cokelat", "Balado", "Premium", "Super", "Keju", "Jumbo", "Mini", "Asli Jambi"];

    private static readonly string[] LongTails =
    [
        "Edisi Spesial Oleh-Oleh Khas Jambi Kemasan Standing Pouch Zip Lock Tahan Lama",
        "Tanpa Pengawet dan Tanpa Pewarna Buatan untuk Hampers Lebaran dan Natal",
        "Hasil Kebun Anggota Kelompok Dipanen Pagi Hari dan Diolah di Hari yang Sama",
    ];

    private static readonly string[] Sentences =
    [
        "Dibuat oleh ibu-ibu anggota kelompok dari bahan pilihan yang dibeli langsung dari petani di desa sekitar.",
        "Renyah, gurih, dan tidak berminyak; cocok untuk teman minum kopi atau oleh-oleh keluarga.",
        "Dikemas rapat dalam standing pouch aluminium foil dengan zip agar tetap segar setelah dibuka.",
        "Tidak memakai pengawet, pewarna, maupun penyedap buatan.",
        "Pesanan dalam jumlah besar untuk acara kantor, arisan, dan hajatan kami layani dengan senang hati.",
        "Setiap kemasan mencantumkan tanggal produksi dan tanggal kedaluwarsa.",
        "Simpan di tempat sejuk dan kering, jauhkan dari sinar matahari langsung.",
        "Bahan diolah dengan resep turun-temurun yang kami jaga sejak kelompok berdiri.",
        "Pengiriman ke luar kota memakai kardus tebal dan bubble wrap, aman sampai tujuan.",
        "Motif dan warna dapat sedikit berbeda karena dikerjakan dengan tangan satu per satu.",
    ];

    private static readonly string[] Units = ["bungkus", "botol", "pcs", "toples", "kg", "lembar", "kotak", "sachet"];
    private static readonly string[] NetContents = ["100 g", "250 g", "500 g", "1 kg", "250 ml", "500 ml", "12 x 20 g", "2 x 1,5 m"];
    private static readonly string[] Taglines = ["Rasa kampung, mutu kota", "Oleh-oleh khas Jambi", "Dibuat dengan tangan, dari hati", "Harga pameran, hanya minggu ini"];
    private static readonly string[] HallThemes = ["Kuliner", "Minuman & Rempah", "Kain & Busana", "Kerajinan"];
    private static readonly string[] GroupNames = ["Melati", "Mawar", "Kenanga", "Anggrek", "Dahlia", "Cempaka", "Teratai", "Flamboyan", "Seroja", "Kamboja"];

    public static string HallTheme(int hall) => HallThemes[hall % HallThemes.Length];

    public static string Tagline(Random random) => Taglines[random.Next(Taglines.Length)];

    public static string GroupName(Random random, int n) => $"UPPKA {GroupNames[n % GroupNames.Length]} {n:00}" + (random.Next(5) == 0 ? " Sejahtera Mandiri Berkah" : "");

    public static string Story(Random random, bool longStory) =>
        string.Join(' ', Enumerable.Range(0, longStory ? 6 : 2).Select(_ => Sentences[random.Next(Sentences.Length)]))
        + " Kelompok ini beranggotakan keluarga akseptor KB yang didampingi penyuluh KB setempat.";

    public static Product NewProduct(Random random, Group group, List<Category> categories, int n, DateTimeOffset now)
    {
        var name = $"{Bases[n % Bases.Length]} {Variants[random.Next(Variants.Length)]}";
        // One in six with a name near the 120-character limit: it must wrap inside its cell, or be cut with an ellipsis.
        if (random.Next(6) == 0) name = $"{name} {LongTails[random.Next(LongTails.Length)]}";
        if (name.Length > 120) name = name[..120].TrimEnd();
        var sentences = random.Next(8) == 0 ? 14 : random.Next(1, 4); // now and then a very long description
        var description = string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentences[random.Next(Sentences.Length)]));
        var availability = (Availability)(random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 });
        var created = now.AddDays(-random.Next(1, 150)).AddMinutes(-n);
        return new Product
        {
            Slug = $"{group.Slug}-produk-{n:0000}", Group = group, Category = categories[n % categories.Count], Name = name,
            Description = description, Price = random.Next(16, 900) * 500L, Unit = Units[random.Next(Units.Length)],
            MinimumOrder = random.Next(4) == 0 ? random.Next(2, 25) : 1, Availability = availability,
            PreOrderDays = availability == Availability.PreOrder ? random.Next(2, 15) : null,
            NetContent = random.Next(6) == 0 ? null : NetContents[random.Next(NetContents.Length)],
            Packaging = "Standing pouch", ShelfLife = "6 bulan",
            PirtNumber = random.Next(10) < 7 ? $"51415050{random.Next(10000, 99999)}-{random.Next(24, 30)}" : null,
            HalalNumber = random.Next(10) < 6 ? $"ID151100{random.Next(10000000, 99999999)}" : null,
            BpomNumber = random.Next(10) < 2 ? $"MD {random.Next(100000, 999999)}{random.Next(100000, 999999)}" : null,
            Status = ProductStatus.Published, CreatedAt = created, UpdatedAt = created, PublishedAt = created,
        };
    }
}
