using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Media;

namespace UppkaCatalog.Core.Seeding;

/// <summary>
/// Fills the database at start-up: roles and categories always (reference data, added when
/// missing), and — in demo mode, into an empty database only — groups, products with photos
/// passed through the real image pipeline, exhibitions and demo accounts. Safe to run on every start.
/// </summary>
public sealed partial class DemoSeeder(
    IDbContextFactory<AppDbContext> dbFactory,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    ImagePipeline pipeline,
    PhotoStorage photos,
    Catalog.Permits.PermitService permits,
    TimeProvider time,
    IOptions<SeedOptions> options,
    ILogger<DemoSeeder> logger)
{
    public const string StaffEmail = "staf@uppka.test";

    public static string MemberEmail(int groupNumber) => $"anggota{groupNumber}@uppka.test";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var data = DemoData.Load();
        await EnsureRolesAsync();
        await EnsureCategoriesAsync(data, ct);
        if (!options.Value.Demo) return;

        await SeedDemoContentAsync(data, options.Value.DemoFolder, ct);
        await EnsureDemoAccountsAsync(data, ct);
        await EnsureDemoPartnersAsync(ct);
        await EnsureDemoPermitDecisionsAsync(ct);
    }

    public static string PartnerEmail(int partnerNumber) => $"mitra{partnerNumber}@uppka.test";

    private async Task EnsureRolesAsync()
    {
        foreach (var role in new[] { Roles.Member, Roles.Staff, Roles.Partner })
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)), role);
        }
    }

    private async Task EnsureCategoriesAsync(DemoData data, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.Categories.Select(c => c.Slug).ToListAsync(ct);
        var order = 0;
        foreach (var c in data.Categories)
        {
            order++;
            if (existing.Contains(c.Slug)) continue;
            db.Categories.Add(new Category { Slug = c.Slug, Name = c.Name, NameEn = c.NameEn, Icon = c.Icon ?? "category", SortOrder = order });
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedDemoContentAsync(DemoData data, string photoFolder, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Groups.AnyAsync(ct))
        {
            logger.LogInformation("Demo data: the database already has groups, nothing added.");
            return;
        }

        var now = time.GetUtcNow();
        var today = Wib.DayOf(now);
        var regencies = await db.Regencies.ToDictionaryAsync(r => r.Code, ct);
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);

        var groups = data.Groups.ToDictionary(g => g.Slug, g => new Group
        {
            Slug = g.Slug, Name = g.Name, RegistrationNumber = g.RegistrationNumber,
            RegencyId = regencies[g.RegencyCode].Id, District = g.District, Village = g.Village, Sector = g.Sector,
            Specialty = g.Specialty, FoundingYear = g.FoundingYear, MemberCount = g.MemberCount, Stage = g.Stage,
            LeaderName = g.LeaderName, LeaderPhone = g.LeaderPhone, Story = g.Story, PublicWhatsApp = g.WhatsApp,
            CreatedAt = now.AddDays(-120),
        });
        db.Groups.AddRange(groups.Values);

        // Photos go through the same pipeline as a member's upload. Files are written first; if
        // anything after fails, they are removed again so no orphan is left behind.
        var processed = await ProcessPhotosAsync(data, photoFolder, ct);
        var written = new List<PhotoVariant>();
        try
        {
            var products = new Dictionary<string, Product>();
            foreach (var p in data.Products)
            {
                var created = now.AddDays(-p.CreatedDaysAgo);
                var product = new Product
                {
                    Slug = p.Slug, Group = groups[p.GroupSlug], Category = categories[p.CategorySlug], Name = p.Name,
                    Description = p.Description, Price = p.Price, Unit = p.Unit, MinimumOrder = p.MinimumOrder,
                    Availability = p.Availability, PreOrderDays = p.PreOrderDays, NetContent = p.NetContent,
                    Packaging = p.Packaging, ShelfLife = p.ShelfLife, PirtNumber = p.PirtNumber, HalalNumber = p.HalalNumber,
                    BpomNumber = p.BpomNumber, MarketplaceLinks = p.MarketplaceLinks ?? [], Status = ProductStatus.Published,
                    CreatedAt = created, UpdatedAt = created, PublishedAt = created,
                };
                for (var i = 0; i < p.Photos.Count; i++)
                {
                    var image = processed[p.Photos[i].File];
                    var (key, variants) = await photos.SaveAsync(image, "p", ct);
                    written.AddRange(variants);
                    product.Photos.Add(new ProductPhoto
                    {
                        SortOrder = i, AltText = p.Photos[i].Alt, Width = image.Width, Height = image.Height,
                        StorageKey = key, Variants = variants, PlaceholderColor = image.PlaceholderColor, CreatedAt = created,
                    });
                }

                products[p.Slug] = product;
            }

            db.Products.AddRange(products.Values);
            db.Exhibitions.AddRange(data.Exhibitions.Select(e => BuildExhibition(e, groups, products, today, now)));
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Demo data: {Groups} groups, {Products} products, {Exhibitions} exhibitions added.",
                groups.Count, products.Count, data.Exhibitions.Count);
        }
        catch
        {
            await photos.DeleteAsync(written, CancellationToken.None);
            throw;
        }
    }

    private async Task<Dictionary<string, ProcessedImage>> ProcessPhotosAsync(DemoData data, string folder, CancellationToken ct)
    {
        var files = data.Products.SelectMany(p => p.Photos).Select(p => p.File).Distinct().ToList();
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, ProcessedImage>();
        await Parallel.ForEachAsync(files, ct, (file, _) =>
        {
            using var stream = File.OpenRead(Path.Combine(folder, file));
            results[file] = pipeline.Process(stream);
            return ValueTask.CompletedTask;
        });
        return new Dictionary<string, ProcessedImage>(results);
    }

    private static Exhibition BuildExhibition(DemoExhibition e, Dictionary<string, Group> groups, Dictionary<string, Product> products, DateOnly today, DateTimeOffset now)
    {
        // Exhibitions open at 08:00 WIB and close at midnight WIB at the end of their last day.
        var startDay = today.AddDays(e.StartsInDays);
        var exhibition = new Exhibition
        {
            Slug = e.Slug, Title = e.Title, Theme = e.Theme, Description = e.Description ?? "",
            StartsAt = Wib.StartOf(startDay).AddHours(8),
            EndsAt = Wib.StartOf(startDay.AddDays(e.DurationDays)),
            RegistrationOpensAt = e.RegistrationOpensInDays is { } o ? Wib.StartOf(today.AddDays(o)) : null,
            RegistrationClosesAt = e.RegistrationClosesInDays is { } c ? Wib.StartOf(today.AddDays(c)) : null,
            Status = ExhibitionStatus.Published,
            CreatedAt = now.AddDays(-90),
        };
        var hallOrder = 0;
        foreach (var h in e.Halls)
        {
            var hall = new Hall { Slug = h.Slug, Name = h.Name, Description = h.Description ?? "", SortOrder = hallOrder++ };
            foreach (var b in h.Booths)
            {
                var booth = new Booth
                {
                    Exhibition = exhibition, Group = groups[b.GroupSlug], Number = b.Number, Tagline = b.Tagline,
                    Status = BoothStatus.Accepted, AppliedAt = exhibition.RegistrationOpensAt ?? exhibition.CreatedAt,
                };
                booth.Products.AddRange(b.Products.Select((bp, i) => new BoothProduct
                {
                    Product = products[bp.ProductSlug], SortOrder = i, ExhibitionPrice = bp.ExhibitionPrice,
                }));
                hall.Booths.Add(booth);
            }

            exhibition.Halls.Add(hall);
        }

        return exhibition;
    }

    private async Task EnsureDemoAccountsAsync(DemoData data, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var groupIds = await db.Groups.ToDictionaryAsync(g => g.Slug, g => g.Id, ct);
        var password = options.Value.DemoPassword;
        var staff = await EnsureAccountAsync(StaffEmail, "Staf BKKBN Jambi", null, Roles.Staff, password);
        for (var i = 0; i < data.Groups.Count; i++)
        {
            if (!groupIds.TryGetValue(data.Groups[i].Slug, out var groupId)) continue;
            var member = await EnsureAccountAsync(MemberEmail(i + 1), $"Pengurus {data.Groups[i].Name}", groupId, Roles.Member, password);
            // A member account comes from an accepted invitation: the registry shows the demo's groups online since today.
            if (await db.Invitations.AnyAsync(x => x.UserId == member.Id, ct)) continue;
            db.Invitations.Add(new Invitation
            {
                TokenHash = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), GroupId = groupId,
                DisplayName = member.DisplayName, CreatedById = staff.Id, CreatedAt = member.CreatedAt, ExpiresAt = member.CreatedAt.AddDays(7),
                UsedAt = member.CreatedAt, UserId = member.Id,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<AppUser> EnsureAccountAsync(string email, string displayName, int? groupId, string role, string password)
    {
        if (await users.FindByEmailAsync(email) is { } existing) return existing;
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, GroupId = groupId,
            CreatedAt = time.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, password), email);
        Check(await users.AddToRoleAsync(user, role), email);
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
