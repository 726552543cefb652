using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Regions;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Groups;

/// <summary>
/// The registry as BKKBN staff work with it: the searchable, filtered, sorted list (paged in SQL: it stays fast with a national
/// registry of tens of thousands of groups), the group page, and deactivating a group (never deleting it).
/// </summary>
public sealed class GroupRegistryService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>At most this many characters of the search text are used.</summary>
    public const int MaxTextLength = 120;

    public const int MaxReasonLength = 500;

    public async Task<RegistryPage> SearchAsync(Actor actor, RegistryQuery query, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unknown = new Dictionary<string, string>();
        var regencies = await db.Regencies.AsNoTracking().ToListAsync(ct);
        Regency? regency = null;
        if (!string.IsNullOrWhiteSpace(query.Regency) && (regency = new RegencyNames(regencies).Find(query.Regency)) is null)
        {
            unknown["regency"] = RegistryMessages.UnknownRegency(query.Regency.Trim());
        }

        BusinessSector? sector = null;
        if (!string.IsNullOrWhiteSpace(query.Sector) && (sector = RegistryNames.FindSector(query.Sector)) is null)
        {
            unknown["sector"] = RegistryMessages.UnknownSector(query.Sector.Trim(), RegistryNames.SectorList());
        }

        GroupStage? stage = null;
        if (!string.IsNullOrWhiteSpace(query.Stage) && (stage = RegistryNames.FindStage(query.Stage)) is null)
        {
            unknown["stage"] = RegistryMessages.UnknownStage(query.Stage.Trim(), RegistryNames.StageList());
        }

        var text = query.Text?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, MaxTextLength)] : null;
        var groups = db.Groups.AsNoTracking();
        if (text is not null)
        {
            var name = "%" + EscapeLike(text) + "%";
            var number = "%" + EscapeLike(RegistrationNumbers.Normalize(text)) + "%";
            // SQLite's LIKE ignores (ASCII) case; PostgreSQL's does not, ILIKE does.
            groups = db.Database.IsNpgsql()
                ? groups.Where(g => EF.Functions.ILike(g.Name, name, "\\") || EF.Functions.ILike(g.RegistrationNumber, number, "\\"))
                : groups.Where(g => EF.Functions.Like(g.Name, name, "\\") || EF.Functions.Like(g.RegistrationNumber, number, "\\"));
        }

        if (regency is not null) groups = groups.Where(g => g.RegencyId == regency.Id);
        if (sector is { } s) groups = groups.Where(g => g.Sector == s);
        if (stage is { } st) groups = groups.Where(g => g.Stage == st);
        if (query.Active is { } active) groups = groups.Where(g => g.IsActive == active);
        if (query.Online is { } online) groups = groups.WhereOnline(db, online);
        if (query.HasPublishedProducts is { } has)
        {
            groups = groups.Where(g => db.Products.Any(p => p.GroupId == g.Id && p.Status == ProductStatus.Published) == has);
        }

        var total = await groups.CountAsync(ct);
        var pageCount = total == 0 ? 1 : (total + RegistryQuery.PageSize - 1) / RegistryQuery.PageSize;
        var page = Math.Clamp(query.Page, 1, pageCount);
        var ids = await Order(db, groups, query.Sort, query.Descending).Skip((page - 1) * RegistryQuery.PageSize).Take(RegistryQuery.PageSize)
            .Select(g => g.Id).ToListAsync(ct);
        var rows = await RowsAsync(db, ids, ct);

        var applied = query with
        {
            Text = text, Regency = regency?.Code, Sector = sector?.ToString(), Stage = stage?.ToString(), Page = page,
        };
        return new RegistryPage(new Paged<RegistryRow>(rows, page, RegistryQuery.PageSize, total), applied, unknown);
    }

    /// <summary>The group page's read model; <see cref="NotFoundException"/> for an unknown id.</summary>
    public async Task<GroupRecord> GetAsync(Actor actor, int groupId, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await GroupService.Views(db.Groups.Where(g => g.Id == groupId)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(RegistryMessages.GroupNotFound);
        var dates = await db.Groups.Where(g => g.Id == groupId).Select(g => new { g.CreatedAt, g.UpdatedAt }).FirstAsync(ct);
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.GroupId == groupId).ToListAsync(ct);
        var members = await db.Users.AsNoTracking().Where(u => u.GroupId == groupId).OrderBy(u => u.CreatedAt)
            .Select(u => new GroupMember(u.DisplayName, u.PhoneNumber, u.Email, u.CreatedAt)).ToListAsync(ct);
        var counts = await db.Products.Where(p => p.GroupId == groupId).GroupBy(p => p.Status)
            .Select(x => new { Status = x.Key, Count = x.Count() }).ToDictionaryAsync(x => x.Status, x => x.Count, ct);
        var products = await db.Products.AsNoTracking().Where(p => p.GroupId == groupId)
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).Take(GroupRecord.MaxLines)
            .Select(p => new GroupProductLine(p.Id, p.Name, p.Status, p.Price, p.Unit, p.UpdatedAt)).ToListAsync(ct);
        var inquiries = await db.Inquiries.CountAsync(i => i.GroupId == groupId, ct);
        var booths = await db.Booths.AsNoTracking().Where(b => b.GroupId == groupId)
            .OrderByDescending(b => b.Exhibition!.StartsAt).ThenByDescending(b => b.Id)
            .Select(b => new GroupBoothLine(b.Id, b.ExhibitionId, b.Exhibition!.Title, b.Exhibition.StartsAt, b.Exhibition.EndsAt,
                b.Hall == null ? null : b.Hall.Name, b.Number, b.Status)).ToListAsync(ct);

        // The trail of staff decisions: entries about the group, its products and its booths, by anyone but a member account
        // (the members' own edits are their work, not decisions about them). Products and booths of a group are tens.
        var productNames = await db.Products.Where(p => p.GroupId == groupId).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var names = productNames.ToDictionary(p => $"Product:{p.Id}", p => (string?)p.Name);
        foreach (var b in booths) names[$"Booth:{b.BoothId}"] = b.Number is null ? b.ExhibitionTitle : $"{b.ExhibitionTitle} ({b.Number})";
        names[$"Group:{groupId}"] = null;
        var subjects = names.Keys.ToList();
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => subjects.Contains(a.Subject) && !db.Users.Any(u => u.Id == a.ActorId && u.GroupId != null))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(GroupRecord.MaxLines)
            .Select(a => new { a.At, a.Action, a.Subject, a.Details, Actor = db.Users.Where(u => u.Id == a.ActorId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var trail = audit.Select(a => new AuditLine(a.At, a.Action, a.Subject, names.GetValueOrDefault(a.Subject), a.Details, a.Actor)).ToList();

        return new GroupRecord(profile, dates.CreatedAt, dates.UpdatedAt, InvitationStatus.Of(invitations, time.GetUtcNow()), members, counts, products,
            inquiries, booths, trail);
    }

    /// <summary>
    /// Deactivates (<paramref name="active"/> false) or reactivates a group, with an audit entry and an optional reason. A
    /// deactivated group leaves the public catalogue, its storefront and booths answer 404, and its usable invitation links end.
    /// Nothing is ever deleted. Setting the state it already has changes nothing.
    /// </summary>
    public async Task SetActiveAsync(Actor actor, int groupId, bool active, string? reason = null, CancellationToken ct = default)
    {
        actor.RequireStaff();
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why?.Length > MaxReasonLength) throw new ValidationException("reason", RegistryMessages.ReasonTooLong(MaxReasonLength));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == groupId, ct) ?? throw new NotFoundException(RegistryMessages.GroupNotFound);
        if (group.IsActive == active) return;
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        group.IsActive = active;
        group.UpdatedAt = now;
        if (!active)
        {
            await db.Invitations.Where(i => i.GroupId == groupId && i.UsedAt == null && i.EndedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.EndedAt, now), ct);
        }

        AuditLog.Record(db, now, actor.UserId, active ? "group.reactivate" : "group.deactivate", $"Group:{groupId}", why);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static IQueryable<Group> Order(AppDbContext db, IQueryable<Group> groups, RegistrySort sort, bool descending)
    {
        IOrderedQueryable<Group> ordered = sort switch
        {
            RegistrySort.Regency => By(groups, g => g.Regency!.Name, descending).ThenBy(g => g.Name),
            RegistrySort.RegistrationNumber => By(groups, g => g.RegistrationNumber, descending),
            RegistrySort.PublishedProducts => By(groups, g => db.Products.Count(p => p.GroupId == g.Id && p.Status == ProductStatus.Published), descending)
                .ThenBy(g => g.Name),
            // Never-online groups last in both directions: the question is who came online when.
            // Since: the first accepted invitation, else (an account older than invitations per group) the first member account.
            RegistrySort.OnlineSince => By(groups.OrderBy(g => !OnlineGroups.Ids(db).Contains(g.Id)),
                g => db.Invitations.Where(i => i.GroupId == g.Id && i.UsedAt != null).Min(i => i.UsedAt)
                    ?? db.Users.Where(u => u.GroupId == g.Id).Min(u => (DateTimeOffset?)u.CreatedAt), descending).ThenBy(g => g.Name),
            _ => By(groups, g => g.Name, descending),
        };
        return ordered.ThenBy(g => g.Id);
    }

    private static IOrderedQueryable<Group> By<TKey>(IQueryable<Group> groups, System.Linq.Expressions.Expression<Func<Group, TKey>> key, bool descending) =>
        descending ? groups.OrderByDescending(key) : groups.OrderBy(key);

    private static IOrderedQueryable<Group> By<TKey>(IOrderedQueryable<Group> groups, System.Linq.Expressions.Expression<Func<Group, TKey>> key, bool descending) =>
        descending ? groups.ThenByDescending(key) : groups.ThenBy(key);

    /// <summary>The rows of one page, in the page's order: a page is 25 groups, so their invitations are read and judged here.</summary>
    private async Task<List<RegistryRow>> RowsAsync(AppDbContext db, List<int> ids, CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new
        {
            g.Id, g.Name, g.RegistrationNumber, RegencyCode = g.Regency!.Code, RegencyName = g.Regency.Name, g.District, g.Village, g.Sector, g.Stage,
            g.IsActive, Published = db.Products.Count(p => p.GroupId == g.Id && p.Status == ProductStatus.Published),
            HasMember = db.Users.Any(u => u.GroupId == g.Id),
        }).ToDictionaryAsync(g => g.Id, ct);
        var invitations = (await db.Invitations.AsNoTracking().Where(i => i.GroupId != null && ids.Contains(i.GroupId.Value)).ToListAsync(ct)).ToLookup(i => i.GroupId);
        var now = time.GetUtcNow();
        return ids.Select(id => groups[id]).Select(g => new RegistryRow(g.Id, g.Name, g.RegistrationNumber, g.RegencyCode, g.RegencyName, g.District,
            g.Village, g.Sector, g.Stage, g.IsActive, g.Published, InvitationStatus.Of(invitations[g.Id], now), g.HasMember)).ToList();
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
