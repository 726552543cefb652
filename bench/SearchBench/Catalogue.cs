using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Bench;

/// <summary>
/// The generated catalogue: 9 categories, <c>groups</c> groups spread over every regency of the 38 provinces,
/// <c>count</c> published products with 1-3 photo rows each pointing at a few shared media keys (no image files:
/// search never reads them). Groups go in through EF; products and photos in bulk (<see cref="BulkRows"/>).
/// </summary>
internal static class Catalogue
{
    private static readonly string[] MediaKeys = Enumerable.Range(0, 6).Select(i => $"p/{i:x32}").ToArray();

    private static readonly Column[] ProductColumns =
    [
        new("Id", NpgsqlDbType.Integer), new("Slug", NpgsqlDbType.Varchar), new("GroupId", NpgsqlDbType.Integer), new("CategoryId", NpgsqlDbType.Integer),
        new("Name", NpgsqlDbType.Varchar), new("Description", NpgsqlDbType.Varchar), new("Price", NpgsqlDbType.Bigint), new("Unit", NpgsqlDbType.Varchar),
        new("MinimumOrder", NpgsqlDbType.Integer), new("Availability", NpgsqlDbType.Integer), new("PreOrderDays", NpgsqlDbType.Integer),
        new("PirtNumber", NpgsqlDbType.Varchar), new("HalalNumber", NpgsqlDbType.Varchar), new("BpomNumber", NpgsqlDbType.Varchar),
        new("Status", NpgsqlDbType.Integer), new("RejectionCount", NpgsqlDbType.Integer), new("CreatedAt", NpgsqlDbType.TimestampTz),
        new("UpdatedAt", NpgsqlDbType.TimestampTz), new("PublishedAt", NpgsqlDbType.TimestampTz), new("Version", NpgsqlDbType.Uuid),
    ];

    private static readonly Column[] PhotoColumns =
    [
        new("ProductId", NpgsqlDbType.Integer), new("SortOrder", NpgsqlDbType.Integer), new("AltText", NpgsqlDbType.Varchar),
        new("Width", NpgsqlDbType.Integer), new("Height", NpgsqlDbType.Integer), new("StorageKey", NpgsqlDbType.Varchar),
        new("PlaceholderColor", NpgsqlDbType.Varchar), new("CreatedAt", NpgsqlDbType.TimestampTz), new("Variants", NpgsqlDbType.Jsonb),
    ];

    /// <summary>Generates the catalogue; prints how long each part took.</summary>
    public static async Task GenerateAsync(IDbContextFactory<AppDbContext> factory, int count, int groupCount)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(2026);
        var regencyCodes = await Regions.AddAsync(factory);
        await using (var db = await factory.CreateDbContextAsync())
        {
            string[] categories = ["makanan-olahan", "kue-camilan", "minuman", "bumbu-rempah", "madu-hasil-hutan", "batik-tenun", "busana-jahitan", "kerajinan", "anyaman"];
            // The app's start-up adds its reference categories (DemoSeeder.EnsureCategoriesAsync): nodes-load.sh loads
            // into a database a node has already started on, so only missing ones are added.
            var existing = (await db.Categories.Select(c => c.Slug).ToListAsync()).ToHashSet();
            for (var i = 0; i < categories.Length; i++)
            {
                if (existing.Contains(categories[i])) continue;
                db.Categories.Add(new Category { Slug = categories[i], Name = Title(categories[i]), NameEn = categories[i], SortOrder = i });
            }

            var regencies = await db.Regencies.OrderBy(r => r.Code).Select(r => r.Id).ToListAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < groupCount; i++)
            {
                db.Groups.Add(new Group
                {
                    Slug = $"kelompok-{i:00000}", Name = $"UPPKA {Pick(random, Vocabulary.Places)} {Pick(random, ["Melati", "Mawar", "Sejahtera", "Mandiri", "Makmur", "Kenanga"])} {i}",
                    RegistrationNumber = $"UPPKA/BENCH/{i:00000}", RegencyId = regencies[i % regencies.Count], District = "Kecamatan", Village = "Desa",
                    Sector = BusinessSector.FoodProcessing, IsActive = i % 40 != 39, CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine($"  {regencyCodes.Count} regencies, categories, {groupCount:N0} groups (EF): {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();

        int[] categoryIds, groupIds;
        await using (var db = await factory.CreateDbContextAsync())
        {
            categoryIds = await db.Categories.Select(c => c.Id).ToArrayAsync();
            groupIds = await db.Groups.Select(g => g.Id).ToArrayAsync();
        }

        var variants = MediaKeys.ToDictionary(k => k, k => JsonSerializer.Serialize(new[] { 320, 800, 1600 }
            .SelectMany(w => new[] { "webp", "jpg" }.Select(f => new PhotoVariant(w, w * 3 / 4, f, $"{k}/{w}.{f}", w * 40L)))));
        await using (var db = await factory.CreateDbContextAsync())
        {
            var postgres = db.Database.IsNpgsql();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            // PostgreSQL: COPY would run the per-row search trigger 300,000 times; instead it is off during the load and
            // one INSERT … SELECT below makes every document with the trigger's own function. SQLite: its FTS5 triggers run
            // per row inside the one transaction (cheap there).
            if (postgres) await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Products" DISABLE TRIGGER "ProductSearch_AfterProductWrite";""");
            await using var transaction = postgres ? null : await connection.BeginTransactionAsync();
            var start = DateTimeOffset.UtcNow.AddDays(-400);
            var step = TimeSpan.FromDays(400) / Math.Max(1, count);
            await using (var products = await BulkRows.OpenAsync(connection, transaction, "Products", ProductColumns))
            {
                for (var i = 0; i < count; i++)
                {
                    var name = $"{Pick(random, Vocabulary.Kinds)} {Pick(random, Vocabulary.Flavours)} {Pick(random, Vocabulary.Places)}";
                    var published = start + step * i;
                    var availability = random.Next(10) switch { < 7 => Availability.Ready, < 9 => Availability.PreOrder, _ => Availability.OutOfStock };
                    products.Add(i + 1, $"produk-{i:000000}", groupIds[random.Next(groupIds.Length)], categoryIds[random.Next(categoryIds.Length)],
                        name, Description(random, name), 5_000L + random.Next(200) * 1_000, "bungkus", 1, (int)availability,
                        availability == Availability.PreOrder ? 7 : null,
                        random.Next(2) == 0 ? $"206150{i:0000000}-27" : null, random.Next(3) == 0 ? $"ID1511{i:0000000}" : null,
                        random.Next(8) == 0 ? $"MD {i:000000000000}" : null,
                        (int)ProductStatus.Published, 0, published, published, published, Guid.NewGuid());
                }
            }

            await using (var photos = await BulkRows.OpenAsync(connection, transaction, "ProductPhotos", PhotoColumns))
            {
                var photoRandom = new Random(7);
                for (var i = 0; i < count; i++)
                {
                    var published = start + step * i;
                    for (var ph = 0; ph < 1 + photoRandom.Next(3); ph++)
                    {
                        var key = MediaKeys[photoRandom.Next(MediaKeys.Length)];
                        photos.Add(i + 1, ph, $"Foto produk {i}", 1600, 1200, key, "#c8a27a", published, variants[key]);
                    }
                }
            }

            if (transaction is not null) await transaction.CommitAsync();
            Console.WriteLine($"  {count:N0} products and their photos ({(postgres ? "COPY, binary" : "prepared INSERTs, one transaction")}): {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            if (postgres)
            {
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
                await db.Database.ExecuteSqlRawAsync("""
                    ALTER TABLE "Products" ENABLE TRIGGER "ProductSearch_AfterProductWrite";
                    SELECT setval(pg_get_serial_sequence('"Products"', 'Id'), (SELECT max("Id") FROM "Products"));
                    INSERT INTO "ProductSearch" ("ProductId", "Document", "Facets", "Price", "PublishedAt", "Visible")
                    SELECT p."Id", uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", g."Name"),
                           uppka_search_facets(p."CategoryId", g."RegencyId", p."Availability", p."HalalNumber", p."PirtNumber", p."BpomNumber"),
                           p."Price", p."PublishedAt", coalesce(p."Status" = 2 AND g."IsActive", false)
                    FROM "Products" p LEFT JOIN "Categories" c ON c."Id" = p."CategoryId" LEFT JOIN "Groups" g ON g."Id" = p."GroupId";
                    """);
                Console.WriteLine($"  search documents (one INSERT … SELECT, the trigger's function): {clock.Elapsed.TotalSeconds:F1} s");
                clock.Restart();
            }
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            // As a long-running database would be: statistics for the query planner, index segments merged / vacuumed.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
                ? "VACUUM ANALYZE;"
                : "ANALYZE; INSERT INTO ProductSearch(ProductSearch) VALUES ('optimize');");
            var indexed = await db.Database.SqlQueryRaw<int>(db.Database.IsNpgsql()
                ? """SELECT count(*)::int AS "Value" FROM "ProductSearch" """
                : "SELECT count(*) AS Value FROM ProductSearch").SingleAsync();
            if (indexed != count) throw new InvalidOperationException($"the search index holds {indexed} products, not {count}");
        }

        Console.WriteLine($"  statistics, index check ({count:N0} indexed): {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string Description(Random random, string name)
    {
        var words = Enumerable.Range(0, 25 + random.Next(35)).Select(_ => random.Next(6) == 0 ? Pick(random, Vocabulary.Flavours).ToLowerInvariant() : Pick(random, Vocabulary.Filler));
        return $"{name}: {string.Join(' ', words)}.";
    }

    private static string Title(string slug) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug.Replace('-', ' '));

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
