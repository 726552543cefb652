using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Media;
using UppkaCatalog.Core.Seeding;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Seeding;

/// <summary>A database seeded once in demo mode, photos from <c>wwwroot-assets/demo</c>.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    public CoreHost Host { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: true);
        await Host.SeedAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}

public sealed class DemoSeederTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>
{
    private const string DemoPassword = "Demo-UPPKA-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_has_at_least_12_groups_in_at_least_6_regencies()
    {
        await using var db = await demo.Host.DbFactory.CreateDbContextAsync(Ct);

        var groups = await db.Groups.ToListAsync(Ct);

        Assert.True(groups.Count >= 12, $"{groups.Count} groups");
        Assert.True(groups.Select(g => g.RegencyId).Distinct().Count() >= 6);
        Assert.All(groups, g => Assert.True(g.IsActive));
        Assert.All(groups.Where(g => g.PublicWhatsApp is not null), g =>
        {
            Assert.True(PhoneNumber.TryNormalize(g.PublicWhatsApp, out var e164), g.PublicWhatsApp);
            Assert.Equal(e164, g.PublicWhatsApp);
        });
    }

    [Fact]
    public async Task Demo_has_at_least_60_published_products_in_at_least_6_categories_each_with_a_photo_on_disk()
    {
        await using var db = await demo.Host.DbFactory.CreateDbContextAsync(Ct);

        var products = await db.Products.Include(p => p.Photos).Where(p => p.Status == ProductStatus.Published).ToListAsync(Ct);

        Assert.True(products.Count >= 60, $"{products.Count} published products");
        Assert.True(products.Select(p => p.CategoryId).Distinct().Count() >= 6);
        foreach (var product in products)
        {
            Assert.True(product.Photos.Count >= 1, $"{product.Slug} has no photo");
            Assert.True(product.Price > 0, $"{product.Slug} has no price");
            foreach (var photo in product.Photos)
            {
                Assert.Contains(photo.Variants, v => v.Format == "webp");
                Assert.Contains(photo.Variants, v => v.Format == "jpg");
                foreach (var v in photo.Variants)
                {
                    Assert.StartsWith(photo.StorageKey + "/", v.Key);
                    var file = new FileInfo(Path.Combine(demo.Host.MediaPath, v.Key));
                    Assert.True(file.Exists, $"{v.Key} of {product.Slug} is not on disk");
                    Assert.Equal(v.Bytes, file.Length);
                }
            }
        }
    }

    [Fact]
    public async Task Demo_has_exactly_one_ongoing_one_upcoming_and_one_past_exhibition_at_the_fake_now()
    {
        var service = demo.Host.Services.GetRequiredService<ExhibitionService>();

        var list = await service.ListPublicAsync(Ct);

        Assert.Equal([ExhibitionPhase.Ongoing, ExhibitionPhase.Upcoming, ExhibitionPhase.Past], list.Select(e => e.Phase).ToArray());
        var now = demo.Host.Time.GetUtcNow();
        Assert.True(list[0].StartsAt <= now && now < list[0].EndsAt);
        Assert.True(now < list[1].StartsAt);
        Assert.True(list[2].EndsAt <= now);
    }

    [Fact]
    public async Task Demo_exhibitions_open_at_08_00_WIB_and_close_at_midnight_WIB()
    {
        var list = await demo.Host.Services.GetRequiredService<ExhibitionService>().ListPublicAsync(Ct);

        Assert.All(list, e =>
        {
            Assert.Equal(new TimeSpan(8, 0, 0), e.StartsAt.ToWib().TimeOfDay);
            Assert.Equal(TimeSpan.Zero, e.EndsAt.ToWib().TimeOfDay);
        });
    }

    [Fact]
    public async Task Ongoing_demo_exhibition_has_at_least_8_accepted_booths_in_at_least_2_halls()
    {
        var service = demo.Host.Services.GetRequiredService<ExhibitionService>();
        var ongoing = (await service.ListPublicAsync(Ct)).Single(e => e.Phase == ExhibitionPhase.Ongoing);

        var hall = await service.GetHallAsync(ongoing.Slug, ct: Ct);

        Assert.NotNull(hall);
        Assert.True(hall.Halls.Count(h => h.Booths.Count > 0) >= 2);
        Assert.True(hall.Halls.Sum(h => h.Booths.Count) >= 8);
        Assert.Equal(hall.Halls.Sum(h => h.Booths.Count), ongoing.BoothCount);
        await using var db = await demo.Host.DbFactory.CreateDbContextAsync(Ct);
        Assert.True(await db.Booths.CountAsync(b => b.Exhibition!.Slug == ongoing.Slug && b.Status == BoothStatus.Accepted, Ct) >= 8);
    }

    [Fact]
    public async Task The_ongoing_exhibition_is_past_once_the_clock_passes_its_end()
    {
        var ongoing = (await demo.Host.Services.GetRequiredService<ExhibitionService>().ListPublicAsync(Ct))
            .Single(e => e.Phase == ExhibitionPhase.Ongoing);
        var later = new ExhibitionService(demo.Host.DbFactory, new FakeTimeProvider(ongoing.EndsAt));

        var list = await later.ListPublicAsync(Ct);

        Assert.Equal(ExhibitionPhase.Past, list.Single(e => e.Slug == ongoing.Slug).Phase);
    }

    [Fact]
    public async Task Staff_and_one_member_per_group_sign_in_with_the_demo_password()
    {
        await using var scope = demo.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var data = DemoData.Load();
        await using var db = await demo.Host.DbFactory.CreateDbContextAsync(Ct);
        var groupIds = await db.Groups.ToDictionaryAsync(g => g.Slug, g => g.Id, Ct);

        var staff = await users.FindByEmailAsync("staf@uppka.test");
        Assert.NotNull(staff);
        Assert.True(await users.CheckPasswordAsync(staff, DemoPassword));
        Assert.False(await users.CheckPasswordAsync(staff, DemoPassword + "x"));
        Assert.True(await users.IsInRoleAsync(staff, Roles.Staff));
        Assert.Null(staff.GroupId);

        for (var i = 0; i < data.Groups.Count; i++)
        {
            var email = $"anggota{i + 1}@uppka.test";
            var member = await users.FindByEmailAsync(email);
            Assert.NotNull(member);
            Assert.True(await users.CheckPasswordAsync(member, DemoPassword), email);
            Assert.True(await users.IsInRoleAsync(member, Roles.Member), email);
            Assert.False(await users.IsInRoleAsync(member, Roles.Staff), email);
            Assert.Equal(groupIds[data.Groups[i].Slug], member.GroupId);
        }

        Assert.Null(await users.FindByEmailAsync($"anggota{data.Groups.Count + 1}@uppka.test"));
        // Staff, a member per group, and the three partners' officers (DemoPartnersTests).
        Assert.Equal(data.Groups.Count + 1 + 3, await db.Users.CountAsync(Ct));
    }

    [Fact]
    public async Task Seeding_a_second_time_adds_nothing()
    {
        var before = await Snapshot();

        await demo.Host.SeedAsync(Ct);

        Assert.Equal(before, await Snapshot());
    }

    private async Task<string> Snapshot()
    {
        await using var db = await demo.Host.DbFactory.CreateDbContextAsync(Ct);
        var files = Directory.GetFiles(demo.Host.MediaPath, "*", SearchOption.AllDirectories).Length;
        return string.Join(", ",
            $"groups {await db.Groups.CountAsync(Ct)}",
            $"categories {await db.Categories.CountAsync(Ct)}",
            $"products {await db.Products.CountAsync(Ct)}",
            $"photos {await db.ProductPhotos.CountAsync(Ct)}",
            $"exhibitions {await db.Exhibitions.CountAsync(Ct)}",
            $"halls {await db.Halls.CountAsync(Ct)}",
            $"booths {await db.Booths.CountAsync(Ct)}",
            $"booth products {await db.BoothProducts.CountAsync(Ct)}",
            $"users {await db.Users.CountAsync(Ct)}",
            $"roles {await db.Roles.CountAsync(Ct)}",
            $"user roles {await db.UserRoles.CountAsync(Ct)}",
            $"media files {files}");
    }
}

public sealed class ReferenceSeedTests : IAsyncLifetime
{
    private CoreHost _host = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await CoreHost.StartAsync(demo: false);
        await _host.SeedAsync(Ct);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Without_demo_mode_the_seed_adds_roles_and_categories_only()
    {
        await using var db = await _host.DbFactory.CreateDbContextAsync(Ct);

        Assert.Equal([Roles.Member, Roles.Partner, Roles.Staff], (await db.Roles.Select(r => r.Name!).ToListAsync(Ct)).Order().ToArray());
        Assert.Equal(DemoData.Load().Categories.Select(c => c.Slug).Order().ToArray(),
            (await db.Categories.Select(c => c.Slug).ToListAsync(Ct)).Order().ToArray());
        Assert.Equal(0, await db.Groups.CountAsync(Ct));
        Assert.Equal(0, await db.Products.CountAsync(Ct));
        Assert.Equal(0, await db.Exhibitions.CountAsync(Ct));
        Assert.Equal(0, await db.Users.CountAsync(Ct));
        Assert.Empty(Directory.GetFiles(_host.MediaPath, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Categories_are_numbered_in_the_demo_data_order_and_not_duplicated_by_a_second_run()
    {
        await _host.SeedAsync(Ct);
        await using var db = await _host.DbFactory.CreateDbContextAsync(Ct);

        var slugsInOrder = await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).ToListAsync(Ct);

        Assert.Equal(DemoData.Load().Categories.Select(c => c.Slug).ToArray(), slugsInOrder.ToArray());
        Assert.Equal(3, await db.Roles.CountAsync(Ct));
    }
}
