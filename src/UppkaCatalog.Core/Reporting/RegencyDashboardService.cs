using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Exhibitions;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Inquiries;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Reporting;

/// <summary>
/// The staff landing page's figures: per regency/city of the reference data (also those without groups) and in total,
/// and the groups that need a hand. Staff only. Every figure is counted by the database (GROUP BY, EXISTS, COUNT) —
/// no group or product row is loaded — so it stays fast with a national registry (<c>bench/regency-dashboard.sh</c>:
/// 30,000 groups, 300,000 products).
/// </summary>
/// <remarks>
/// What counts (only <see cref="Group.IsActive"/> groups, everywhere):
/// <list type="bullet">
/// <item><b>online</b>: the group has a member account — an invitation was accepted (<c>Invitation.UsedAt</c>) or a member
/// user belongs to it (the demo's and older accounts have no invitation row). It went online at the earliest of the two.</item>
/// <item><b>inquiries in the last 30 days</b>: sent in the 30 × 24 hours before now, spam left out.</item>
/// <item><b>booths</b>: accepted booths (placed in a hall) at published exhibitions running now (<c>StartsAt ≤ now &lt; EndsAt</c>).</item>
/// <item><b>online but not publishing</b>: online for <see cref="PublishGraceDays"/> days or more and no product published now.</item>
/// <item><b>rejected twice</b>: a product staff rejected <see cref="RejectionsForHelp"/> times or more (<see cref="Product.RejectionCount"/>,
/// which moderation counts beside each <c>product.reject</c> audit entry) that is still not published — a draft, waiting again,
/// or rejected. One published or archived since has got through and is left out. Counting the audit entries per product
/// instead cost ~120 ms CPU a page with 300,000 products (bench/regency-dashboard.sh), for the product lookups.</item>
/// <item><b>unanswered inquiries</b>: an inquiry the group has not marked handled (<see cref="InquiryStatus.Answered"/>, the
/// only record of an answer: replies go by WhatsApp or phone, outside the system) <see cref="UnansweredDays"/> days after it
/// came; spam is not waiting for an answer.</item>
/// </list>
/// </remarks>
public sealed class RegencyDashboardService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int InquiryDays = 30;

    public const int PublishGraceDays = 30;

    public const int RejectionsForHelp = 2;

    public const int UnansweredDays = 7;

    /// <summary>Rows of each needing-help list on the page; the export asks for up to <see cref="MaxListed"/>.</summary>
    public const int DefaultListed = 20;

    public const int MaxListed = 10_000;

    /// <summary>The regency table and its totals (the API's answer).</summary>
    public async Task<RegencyTable> GetFiguresAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaff(DashboardMessages.StaffOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FiguresAsync(db, time.GetUtcNow(), ct);
    }

    /// <summary>Everything the page shows, with the first <paramref name="listed"/> rows of each needing-help list.</summary>
    public async Task<RegencyDashboard> GetAsync(Actor actor, int listed = DefaultListed, CancellationToken ct = default)
    {
        actor.RequireStaff(DashboardMessages.StaffOnly);
        var take = Math.Clamp(listed, 0, MaxListed);
        var now = time.GetUtcNow();
        // The table and the lists side by side, each on its own connection (WAL lets readers run together): SQLite's
        // "async" calls run synchronously, so the table goes to another thread. Half the wait on two cores.
        var figures = Task.Run(async () =>
        {
            await using var own = await dbFactory.CreateDbContextAsync(ct);
            return await FiguresAsync(own, now, ct);
        }, ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var exhibitions = await OpenAt(db.Exhibitions, now).OrderBy(e => e.EndsAt).ThenBy(e => e.Id)
                .Select(e => new CurrentExhibition(e.Id, e.Title, e.EndsAt)).ToListAsync(ct);
            var notPublishing = await NotPublishingAsync(db, now, take, ct);
            var rejectedTwice = await RejectedTwiceAsync(db, take, ct);
            var unanswered = await UnansweredAsync(db, now, take, ct);
            return new RegencyDashboard(now, await figures, exhibitions, notPublishing, rejectedTwice, unanswered);
        }
        finally
        {
            // Never left running (or its failure unobserved) when the lists fail first.
            await Task.WhenAny(figures);
        }
    }

    private static async Task<RegencyTable> FiguresAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var regencies = await db.Regencies.AsNoTracking().OrderBy(r => r.Code).Select(r => new { r.Id, r.Code, r.Name }).ToListAsync(ct);
        var active = db.Groups.Where(g => g.IsActive);

        var groups = await active.GroupBy(g => g.RegencyId)
            .Select(r => new { RegencyId = r.Key, Count = r.Count() })
            .ToDictionaryAsync(x => x.RegencyId, x => x.Count, ct);
        var online = await Online(db, active).GroupBy(g => g.RegencyId)
            .Select(r => new { RegencyId = r.Key, Count = r.Count() })
            .ToDictionaryAsync(x => x.RegencyId, x => x.Count, ct);
        // Products are counted per group first (one pass over the GroupId/Status index), then the groups per regency.
        var published = await (
                from g in active
                join p in db.Products.Where(p => p.Status == ProductStatus.Published).GroupBy(p => p.GroupId)
                    .Select(x => new { GroupId = x.Key, Count = x.Count() }) on g.Id equals p.GroupId
                group p.Count by g.RegencyId into r
                select new { RegencyId = r.Key, Groups = r.Count(), Products = r.Sum() })
            .ToDictionaryAsync(x => x.RegencyId, ct);
        var since = now.AddDays(-InquiryDays);
        // Per group first, from the (GroupId, CreatedAt, Status) index alone, then the groups per regency: half the time
        // of looking up each inquiry's group.
        var inquiries = await (
                from g in active
                join i in db.Inquiries.Where(i => i.CreatedAt > since && i.Status != InquiryStatus.Spam).GroupBy(i => i.GroupId)
                    .Select(x => new { GroupId = x.Key, Count = x.Count() }) on g.Id equals i.GroupId
                group i.Count by g.RegencyId into r
                select new { RegencyId = r.Key, Count = r.Sum() })
            .ToDictionaryAsync(x => x.RegencyId, x => x.Count, ct);
        var open = OpenAt(db.Exhibitions, now).Select(e => e.Id);
        var booths = await db.Booths
            .Where(b => b.Status == BoothStatus.Accepted && b.HallId != null && b.Group!.IsActive && open.Contains(b.ExhibitionId))
            .GroupBy(b => b.Group!.RegencyId)
            .Select(r => new { RegencyId = r.Key, Count = r.Count() })
            .ToDictionaryAsync(x => x.RegencyId, x => x.Count, ct);

        // Published products with a permit staff verified (issue 16), each product once however many permits it has.
        var verifiedIds = Catalog.Permits.PermitQueries.VerifiedProductIds(db, Wib.DayOf(now), []);
        var verified = await db.Products
            .Where(p => p.Status == ProductStatus.Published && p.Group!.IsActive && verifiedIds.Contains(p.Id))
            .GroupBy(p => p.Group!.RegencyId)
            .Select(r => new { RegencyId = r.Key, Count = r.Count() })
            .ToDictionaryAsync(x => x.RegencyId, x => x.Count, ct);

        var rows = regencies.Select(r => new RegencyDashboardRow(r.Code, r.Name, new DashboardFigures(
            groups.GetValueOrDefault(r.Id), online.GetValueOrDefault(r.Id),
            published.TryGetValue(r.Id, out var p) ? p.Groups : 0, p?.Products ?? 0,
            inquiries.GetValueOrDefault(r.Id), booths.GetValueOrDefault(r.Id), verified.GetValueOrDefault(r.Id)))).ToList();
        return new RegencyTable(rows, rows.Aggregate(DashboardFigures.Zero, (sum, r) => sum.Plus(r.Figures)));
    }

    private static async Task<HelpList<GroupNotPublishing>> NotPublishingAsync(AppDbContext db, DateTimeOffset now, int take, CancellationToken ct)
    {
        var cutoff = now.AddDays(-PublishGraceDays);
        // When each group went online: its first member account or accepted invitation, in one GROUP BY over both.
        var onlineSince = db.Users.Where(u => u.GroupId != null).Select(u => new { GroupId = u.GroupId!.Value, At = u.CreatedAt })
            .Concat(db.Invitations.Where(i => i.UsedAt != null && i.GroupId != null).Select(i => new { GroupId = i.GroupId!.Value, At = i.UsedAt!.Value }))
            .GroupBy(x => x.GroupId)
            .Select(x => new { GroupId = x.Key, Since = x.Min(y => y.At) });
        var stuck =
            from o in onlineSince
            join g in db.Groups on o.GroupId equals g.Id
            where o.Since <= cutoff && g.IsActive && !db.Products.Any(p => p.GroupId == g.Id && p.Status == ProductStatus.Published)
            select new { g.Id, g.Name, RegencyName = g.Regency!.Name, o.Since };
        // Longest online first: they have waited longest for help.
        return await FirstRowsAsync(stuck.OrderBy(x => x.Since).ThenBy(x => x.Id).Select(x => new GroupNotPublishing(x.Id, x.Name, x.RegencyName, x.Since)),
            () => stuck.CountAsync(ct), take, ct);
    }

    private static async Task<HelpList<ProductRejectedTwice>> RejectedTwiceAsync(AppDbContext db, int take, CancellationToken ct)
    {
        // The constant RejectionsForHelp is written into the SQL, so SQLite uses the partial index made for that filter;
        // the first rows are chosen from it alone, and only theirs are read.
        var inactive = Inactive(db);
        var stuck = db.Products.Where(p => p.RejectionCount >= RejectionsForHelp
            && p.Status != ProductStatus.Published && p.Status != ProductStatus.Archived && !inactive.Contains(p.GroupId));
        // Most rejections first, then the product changed last (the latest rejection or resubmission).
        var first = stuck.OrderByDescending(p => p.RejectionCount).ThenByDescending(p => p.UpdatedAt).ThenBy(p => p.Id).Take(take).Select(p => p.Id);
        var rows = db.Products.Where(p => first.Contains(p.Id))
            .OrderByDescending(p => p.RejectionCount).ThenByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
            .Select(p => new ProductRejectedTwice(p.Id, p.Name, p.Status, p.GroupId, p.Group!.Name, p.Group.Regency!.Name, p.RejectionCount, p.UpdatedAt));
        return await FirstRowsAsync(rows, () => stuck.CountAsync(ct), take, ct);
    }

    private static async Task<HelpList<GroupWithUnansweredInquiries>> UnansweredAsync(AppDbContext db, DateTimeOffset now, int take, CancellationToken ct)
    {
        var cutoff = now.AddDays(-UnansweredDays);
        var inactive = Inactive(db);
        var waiting = db.Inquiries
            .Where(i => (i.Status == InquiryStatus.New || i.Status == InquiryStatus.Read) && i.CreatedAt <= cutoff && !inactive.Contains(i.GroupId))
            .GroupBy(i => i.GroupId)
            .Select(g => new { GroupId = g.Key, Count = g.Count(), Oldest = g.Min(i => i.CreatedAt) });
        // Waiting longest first; the groups' names only for the rows shown.
        var rows =
            from w in waiting.OrderBy(w => w.Oldest).ThenBy(w => w.GroupId).Take(take)
            join g in db.Groups on w.GroupId equals g.Id
            orderby w.Oldest, g.Id
            select new GroupWithUnansweredInquiries(g.Id, g.Name, g.Regency!.Name, w.Count, w.Oldest);
        return await FirstRowsAsync(rows, () => waiting.CountAsync(ct), take, ct);
    }

    /// <summary>
    /// The first <paramref name="take"/> rows of a list, and how many it has: counted only when those rows fill the page
    /// (fewer rows than asked for are all there are), so a short list costs one query.
    /// </summary>
    private static async Task<HelpList<T>> FirstRowsAsync<T>(IQueryable<T> ordered, Func<Task<int>> count, int take, CancellationToken ct)
    {
        List<T> rows = take == 0 ? [] : await ordered.Take(take).ToListAsync(ct);
        return new(take > 0 && rows.Count < take ? rows.Count : await count(), rows);
    }

    /// <summary>
    /// The inactive groups' ids: "not one of these" keeps an inactive group's products and inquiries out without looking up
    /// each row's group (there are few inactive groups; SQLite holds them in memory).
    /// </summary>
    private static IQueryable<int> Inactive(AppDbContext db) => db.Groups.Where(g => !g.IsActive).Select(g => g.Id);

    /// <summary>Active groups with a member account: an accepted invitation or a member user (<see cref="OnlineGroups"/>).</summary>
    private static IQueryable<Group> Online(AppDbContext db, IQueryable<Group> groups) => groups.WhereOnline(db);

    private static IQueryable<Exhibition> OpenAt(IQueryable<Exhibition> exhibitions, DateTimeOffset now) =>
        exhibitions.Where(e => e.Status == ExhibitionStatus.Published && e.StartsAt <= now && now < e.EndsAt);
}
