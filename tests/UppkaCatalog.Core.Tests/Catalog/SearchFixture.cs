using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Catalog;

/// <summary>
/// A small catalogue for search tests, written straight into a migrated SQLite file (so the search
/// index is filled by the triggers, as for every other write): five named products in two groups
/// and regencies, hidden products whose names would match, and 30 woven mats for paging.
/// </summary>
public sealed class SearchFixture : IAsyncLifetime
{
    public const int FillerCount = 30;

    /// <summary>Every visible product: the five named ones and the fillers.</summary>
    public const int VisibleCount = 5 + FillerCount;

    public CoreHost Host { get; private set; } = default!;

    public CatalogService Catalog => Host.Services.GetRequiredService<CatalogService>();

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await Host.SeedAsync();
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        var muaroJambi = await db.Regencies.SingleAsync(r => r.Code == "1505");
        var kerinci = await db.Regencies.SingleAsync(r => r.Code == "1501");
        var category = await db.Categories.ToDictionaryAsync(c => c.Slug);
        var melati = Named(TestData.Group("melati", muaroJambi.Id), "UPPKA Melati");
        var mawar = Named(TestData.Group("mawar", kerinci.Id), "UPPKA Mawar Sejahtera");
        var closed = Named(TestData.Group("tutup", muaroJambi.Id, active: false), "UPPKA Tutup");

        var day = 0;
        Product Add(Group group, string slug, string name, string categorySlug, long price, ProductStatus status = ProductStatus.Published,
            string? description = null, Availability availability = Availability.Ready, string? halal = null, string? pirt = null, string? bpom = null)
        {
            var p = TestData.Product(group, category[categorySlug].Id, slug, status, CoreHost.DefaultNow.AddDays(-100 + day++), price);
            p.Name = name;
            p.Description = description ?? "Buatan tangan ibu-ibu anggota kelompok.";
            p.Availability = availability;
            p.PreOrderDays = availability == Availability.PreOrder ? 7 : null;
            p.HalalNumber = halal;
            p.PirtNumber = pirt;
            p.BpomNumber = bpom;
            db.Products.Add(p);
            return p;
        }

        // Published oldest first: the woven mats are the newest products, "sirup-nanas" the newest named one.
        Add(melati, "kopi-liberika", "Kopi Liberika Tungkal", "minuman", 45_000, description: "Biji kopi liberika dari Tanjung Jabung.",
            halal: "ID15110000123", pirt: "2061505010123-27");
        Add(melati, "keripik-pisang", "Keripik Pisang Manis", "kue-camilan", 15_000, pirt: "2061505010124-27");
        Add(mawar, "keripik-kentang", "Keripik Kentang Balado", "kue-camilan", 20_000, availability: Availability.PreOrder,
            halal: "ID15110000456", bpom: "MD 123456789012");
        Add(mawar, "dodol-kentang", "Dodol Kentang Gunung Tujuh", "makanan-olahan", 30_000, availability: Availability.OutOfStock,
            description: "Manis legit, cocok teman minum kopi sore.", halal: " ");
        Add(mawar, "sirup-nanas", "Sirup Nanas Tangkit", "minuman", 25_000);
        Add(melati, "keripik-draf", "Keripik Draf Kopi", "kue-camilan", 10_000, ProductStatus.Draft);
        Add(melati, "keripik-menunggu", "Keripik Menunggu Kopi", "kue-camilan", 10_000, ProductStatus.PendingReview);
        Add(melati, "kopi-arsip", "Kopi Arsip Keripik", "minuman", 10_000, ProductStatus.Archived);
        Add(closed, "keripik-tutup", "Keripik Kopi Kelompok Tutup", "kue-camilan", 10_000);
        for (var i = 1; i <= FillerCount; i++)
        {
            Add(melati, $"anyaman-{i:00}", $"Anyaman Pandan Nomor {i}", "anyaman", 100_000 + i * 1_000);
        }

        await db.SaveChangesAsync();

        var liberika = await db.Products.SingleAsync(p => p.Slug == "kopi-liberika");
        liberika.Photos.Add(Photo(1, "belakang"));
        liberika.Photos.Add(Photo(0, "kemasan depan"));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private static Group Named(Group group, string name)
    {
        group.Name = name;
        return group;
    }

    private static ProductPhoto Photo(int sortOrder, string alt)
    {
        var key = "p/" + Guid.NewGuid().ToString("N");
        return new ProductPhoto
        {
            SortOrder = sortOrder, AltText = alt, Width = 800, Height = 600, StorageKey = key,
            Variants = [new PhotoVariant(320, 240, "jpg", key + "/320.jpg", 100)],
        };
    }
}
