using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Reporting;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Reporting;

/// <summary>
/// A registry whose dashboard figures are known, "now" being <see cref="CoreHost.DefaultNow"/> (N). Read-only for the
/// tests that share it.
/// <list type="bullet">
/// <item>Muaro Jambi (1505): <b>Melati</b> online by an invitation accepted N−60 d, 2 published products, a pending one and
/// a draft, inquiries N−2 d (new), N−10 d (new), N−40 d (answered), N−1 d (spam), an accepted booth now and one at a past
/// exhibition. <b>Mawar</b> online by a member account only (as the demo's) since N−45 d, nothing published, a product
/// rejected twice (still rejected), a draft, a booth at a draft exhibition. <b>Kenanga</b> invited (not accepted), nothing
/// else, an application at the current exhibition. <b>Seroja</b> online since N−35 d (the invitation accepted then, the
/// account made an hour later), nothing at all. <b>Anggrek</b> inactive: online, a published product, a product rejected
/// twice, an open inquiry from N−20 d, an accepted booth now — none of it counts.</item>
/// <item>Kota Jambi (1571): <b>Dahlia</b> online since N−10 d (too recent to need help), a product rejected three times and
/// waiting again, one rejected once. <b>Cempaka</b> online (invitation and account N−100 d), 2 published products (one of
/// them after two rejections), an archived one rejected twice, inquiries N−8 d (2, read), N−20 d (answered), an accepted
/// booth now and a booth removed (rejected) from the current exhibition. <b>Teratai</b> inactive, online since N−60 d, nothing
/// published.</item>
/// <item>Every other regency: no groups. Exhibitions: one running now (N−2 d … N+3 d), one past, one draft spanning now.</item>
/// </list>
/// </summary>
public sealed class DashboardWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = CoreHost.DefaultNow;

    public CoreHost Host { get; private set; } = default!;

    public Actor Staff { get; } = new("staff-1", null, IsStaff: true);

    public Dictionary<string, Group> Groups { get; } = [];

    public Dictionary<string, Product> Products { get; } = [];

    public Exhibition Current { get; private set; } = default!;

    public RegencyDashboardService Dashboard => Host.Services.GetRequiredService<RegencyDashboardService>();

    public Actor MemberOf(string group) => new($"member-{group}", Groups[group].Id, IsStaff: false);

    public async ValueTask InitializeAsync()
    {
        Host = await CoreHost.StartAsync(demo: false);
        await using (var db = await Host.DbFactory.CreateDbContextAsync())
        {
            var muaroJambi = await db.Regencies.SingleAsync(r => r.Code == "1505");
            var kotaJambi = await db.Regencies.SingleAsync(r => r.Code == "1571");
            var category = new Category { Slug = "makanan-olahan", Name = "Makanan Olahan", NameEn = "Processed food" };
            db.Categories.Add(category);
            foreach (var (slug, regency, active) in new[]
            {
                ("melati", muaroJambi, true), ("mawar", muaroJambi, true), ("kenanga", muaroJambi, true), ("seroja", muaroJambi, true),
                ("anggrek", muaroJambi, false), ("dahlia", kotaJambi, true), ("cempaka", kotaJambi, true), ("teratai", kotaJambi, false),
            })
            {
                Groups[slug] = TestData.Group(slug, regency.Id, active);
                db.Groups.Add(Groups[slug]);
            }

            Accepted(db, "melati", Now.AddDays(-60));
            Member(db, "mawar", Now.AddDays(-45));
            db.Invitations.Add(Invitation("kenanga", Now.AddDays(-3)));
            Accepted(db, "seroja", Now.AddDays(-35), accountLater: TimeSpan.FromHours(1));
            Accepted(db, "anggrek", Now.AddDays(-60));
            Accepted(db, "dahlia", Now.AddDays(-10));
            Accepted(db, "cempaka", Now.AddDays(-100));
            Accepted(db, "teratai", Now.AddDays(-60));

            Product(db, category, "melati", "melati-1", ProductStatus.Published);
            Product(db, category, "melati", "melati-2", ProductStatus.Published);
            Product(db, category, "melati", "melati-menunggu", ProductStatus.PendingReview);
            Product(db, category, "melati", "melati-draf", ProductStatus.Draft);
            Product(db, category, "mawar", "mawar-ditolak", ProductStatus.PendingReview);
            Product(db, category, "mawar", "mawar-draf", ProductStatus.Draft);
            Product(db, category, "anggrek", "anggrek-1", ProductStatus.Published);
            Product(db, category, "anggrek", "anggrek-ditolak", ProductStatus.PendingReview);
            Product(db, category, "dahlia", "dahlia-tiga-kali", ProductStatus.PendingReview);
            Product(db, category, "dahlia", "dahlia-sekali", ProductStatus.PendingReview);
            Product(db, category, "cempaka", "cempaka-1", ProductStatus.Published);
            Product(db, category, "cempaka", "cempaka-lolos", ProductStatus.PendingReview);
            Product(db, category, "cempaka", "cempaka-arsip", ProductStatus.PendingReview);

            Inquiry(db, "melati", Now.AddDays(-2), InquiryStatus.New);
            Inquiry(db, "melati", Now.AddDays(-10), InquiryStatus.New);
            Inquiry(db, "melati", Now.AddDays(-40), InquiryStatus.Answered);
            Inquiry(db, "melati", Now.AddDays(-1), InquiryStatus.Spam);
            Inquiry(db, "anggrek", Now.AddDays(-20), InquiryStatus.New);
            Inquiry(db, "cempaka", Now.AddDays(-8), InquiryStatus.Read);
            Inquiry(db, "cempaka", Now.AddDays(-8).AddHours(3), InquiryStatus.Read);
            Inquiry(db, "cempaka", Now.AddDays(-20), InquiryStatus.Answered);

            Current = Exhibition(db, "pameran-kini", ExhibitionStatus.Published, Now.AddDays(-2), Now.AddDays(3));
            var past = Exhibition(db, "pameran-lalu", ExhibitionStatus.Archived, Now.AddDays(-40), Now.AddDays(-30));
            var draft = Exhibition(db, "pameran-draf", ExhibitionStatus.Draft, Now.AddDays(-1), Now.AddDays(5));
            Booth(db, Current, "melati", BoothStatus.Accepted);
            Booth(db, Current, "cempaka", BoothStatus.Accepted);
            Booth(db, Current, "anggrek", BoothStatus.Accepted);
            Booth(db, Current, "kenanga", BoothStatus.Applied);
            Booth(db, Current, "dahlia", BoothStatus.Rejected);
            Booth(db, past, "melati", BoothStatus.Accepted);
            Booth(db, draft, "mawar", BoothStatus.Accepted);
            await db.SaveChangesAsync();
        }

        // Rejections go through moderation itself, so the dashboard reads what ModerationService really records.
        await RejectAsync("mawar-ditolak", 2, ProductStatus.Rejected);
        await RejectAsync("anggrek-ditolak", 2, ProductStatus.Rejected);
        await RejectAsync("dahlia-tiga-kali", 3, ProductStatus.PendingReview);
        await RejectAsync("dahlia-sekali", 1, ProductStatus.Rejected);
        await RejectAsync("cempaka-lolos", 2, ProductStatus.Published);
        await RejectAsync("cempaka-arsip", 2, ProductStatus.Archived);
        // Other decisions about a product are not rejections: once rejected and once resubmitted is not twice rejected.
        await using (var db = await Host.DbFactory.CreateDbContextAsync())
        {
            AuditLog.Record(db, Now, "member-dahlia", "product.submit", $"Product:{Products["dahlia-sekali"].Id}");
            await db.SaveChangesAsync();
        }
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>Rejects <paramref name="slug"/> <paramref name="times"/> times (the member resubmitting in between), then leaves it in <paramref name="then"/>.</summary>
    private async Task RejectAsync(string slug, int times, ProductStatus then)
    {
        var moderation = Host.Services.GetRequiredService<ModerationService>();
        var id = Products[slug].Id;
        for (var i = 0; i < times; i++)
        {
            await SetStatusAsync(id, ProductStatus.PendingReview);
            await moderation.RejectAsync(Staff, id, $"Foto kurang jelas ({i + 1}).");
        }

        await SetStatusAsync(id, then);
    }

    private async Task SetStatusAsync(int productId, ProductStatus status)
    {
        await using var db = await Host.DbFactory.CreateDbContextAsync();
        await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Status, status)
            .SetProperty(p => p.PublishedAt, p => status == ProductStatus.Published || status == ProductStatus.Archived ? Now.AddDays(-5) : p.PublishedAt));
    }

    private Invitation Invitation(string group, DateTimeOffset created) => new()
    {
        TokenHash = $"hash-{group}-{created.UtcTicks}", Group = Groups[group], DisplayName = "Ketua " + group, CreatedById = Staff.UserId,
        CreatedAt = created, ExpiresAt = created.AddDays(7),
    };

    /// <summary>An accepted invitation and the member account it made (<paramref name="accountLater"/> after it was used).</summary>
    private void Accepted(AppDbContext db, string group, DateTimeOffset usedAt, TimeSpan accountLater = default)
    {
        var user = Member(db, group, usedAt + accountLater);
        var invitation = Invitation(group, usedAt.AddDays(-1));
        invitation.UsedAt = usedAt;
        invitation.UserId = user.Id;
        db.Invitations.Add(invitation);
    }

    private AppUser Member(AppDbContext db, string group, DateTimeOffset created)
    {
        var user = new AppUser
        {
            Id = $"member-{group}", UserName = $"+62812{Groups.Keys.ToList().IndexOf(group):0000000}", DisplayName = "Anggota " + group,
            Group = Groups[group], CreatedAt = created,
        };
        db.Users.Add(user);
        return user;
    }

    private void Product(AppDbContext db, Category category, string group, string slug, ProductStatus status)
    {
        var product = TestData.Product(Groups[group], 0, slug, status);
        product.CategoryId = null;
        product.Category = category;
        Products[slug] = product;
        db.Products.Add(product);
    }

    private void Inquiry(AppDbContext db, string group, DateTimeOffset at, InquiryStatus status) => db.Inquiries.Add(new Inquiry
    {
        Group = Groups[group], BuyerName = "Pembeli", BuyerPhone = "+6281234567890", Message = "Masih ada?", Status = status, CreatedAt = at,
    });

    private static Exhibition Exhibition(AppDbContext db, string slug, ExhibitionStatus status, DateTimeOffset starts, DateTimeOffset ends)
    {
        var exhibition = new Exhibition
        {
            Slug = slug, Title = "Pameran " + slug, StartsAt = starts, EndsAt = ends, Status = status, CreatedAt = starts.AddDays(-30),
            Halls = [new Hall { Slug = "aula-a", Name = "Aula A" }],
        };
        db.Exhibitions.Add(exhibition);
        return exhibition;
    }

    private void Booth(AppDbContext db, Exhibition exhibition, string group, BoothStatus status)
    {
        var placed = status == BoothStatus.Accepted;
        db.Booths.Add(new Booth
        {
            Exhibition = exhibition, Hall = placed ? exhibition.Halls[0] : null, Group = Groups[group], Status = status,
            Number = placed ? $"A-{exhibition.Slug.Length}{Groups.Keys.ToList().IndexOf(group)}" : null, AppliedAt = exhibition.StartsAt.AddDays(-20),
        });
    }
}
