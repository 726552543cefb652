using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Groups;

/// <summary>What a member may change about their own group (public profile).</summary>
public sealed class GroupProfileInput
{
    public string? Story { get; set; }

    public string? Village { get; set; }

    public string? District { get; set; }

    public string? RegencyCode { get; set; }

    public string? PublicWhatsApp { get; set; }
}

/// <summary>What staff enter when registering a group.</summary>
public sealed class GroupRegistrationInput
{
    public string? Name { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? RegencyCode { get; set; }

    public string? District { get; set; }

    public string? Village { get; set; }

    public string? Sector { get; set; }

    public int? MemberCount { get; set; }

    public string? PublicWhatsApp { get; set; }
}

public sealed record GroupView(int Id, string Slug, string Name, string RegistrationNumber, string RegencyCode, string RegencyName,
    string District, string Village, string Sector, int MemberCount, string Story, string? PublicWhatsApp, bool IsActive);

public sealed record RegencyOption(string Code, string Name);

/// <summary>Groups: staff register them; a member keeps their own group's profile.</summary>
public sealed class GroupService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<RegencyOption>> GetRegenciesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Regencies.AsNoTracking().OrderBy(r => r.Code).Select(r => new RegencyOption(r.Code, r.Name)).ToListAsync(ct);
    }

    public async Task<GroupView> GetOwnAsync(Actor actor, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Views(db.Groups.Where(g => g.Id == groupId)).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ServiceMessages.GroupNotFound);
    }

    public async Task<GroupView> UpdateOwnAsync(Actor actor, GroupProfileInput input, CancellationToken ct = default)
    {
        var groupId = actor.RequireGroup(ServiceMessages.ProductMembersOnly);
        var errors = new Dictionary<string, string>();
        string? whatsApp = null;
        if (!string.IsNullOrWhiteSpace(input.PublicWhatsApp) && !PhoneNumber.TryNormalize(input.PublicWhatsApp, out whatsApp))
        {
            errors["publicWhatsApp"] = ServiceMessages.GroupWhatsAppInvalid;
        }

        Require(errors, "village", input.Village, ServiceMessages.VillageMissing, 100);
        Require(errors, "district", input.District, ServiceMessages.DistrictMissing, 100);
        if (input.Story?.Length > 4000) errors["story"] = ServiceMessages.StoryTooLong;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regencyId = await db.Regencies.Where(r => r.Code == input.RegencyCode).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (regencyId is null) errors["regencyCode"] = ServiceMessages.RegencyMissing;
        if (errors.Count > 0) throw new ValidationException(errors);

        var group = await db.Groups.FirstAsync(g => g.Id == groupId, ct);
        group.Story = input.Story?.Trim() ?? "";
        group.Village = input.Village!.Trim();
        group.District = input.District!.Trim();
        group.RegencyId = regencyId!.Value;
        group.PublicWhatsApp = whatsApp;
        AuditLog.Record(db, time.GetUtcNow(), actor.UserId, "group.update-profile", $"Group:{groupId}");
        await db.SaveChangesAsync(ct);
        return await Views(db.Groups.Where(g => g.Id == groupId)).FirstAsync(ct);
    }

    public async Task<IReadOnlyList<GroupView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaff();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Views(db.Groups.OrderBy(g => g.Name)).ToListAsync(ct);
    }

    public async Task<GroupView> RegisterAsync(Actor actor, GroupRegistrationInput input, CancellationToken ct = default)
    {
        actor.RequireStaff();
        var errors = new Dictionary<string, string>();
        Require(errors, "name", input.Name, ServiceMessages.GroupNameMissing, 120);
        Require(errors, "registrationNumber", input.RegistrationNumber, ServiceMessages.RegistrationNumberMissing, 60);
        Require(errors, "district", input.District, ServiceMessages.DistrictMissing, 100);
        Require(errors, "village", input.Village, ServiceMessages.VillageMissing, 100);
        Require(errors, "sector", input.Sector, ServiceMessages.SectorMissing, 100);
        if (input.MemberCount is < 0 or > 10_000) errors["memberCount"] = ServiceMessages.MemberCountImplausible;
        string? whatsApp = null;
        if (!string.IsNullOrWhiteSpace(input.PublicWhatsApp) && !PhoneNumber.TryNormalize(input.PublicWhatsApp, out whatsApp))
        {
            errors["publicWhatsApp"] = ServiceMessages.GroupWhatsAppInvalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regencyId = await db.Regencies.Where(r => r.Code == input.RegencyCode).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (regencyId is null) errors["regencyCode"] = ServiceMessages.RegencyMissing;
        var number = input.RegistrationNumber?.Trim();
        if (number is not null && await db.Groups.AnyAsync(g => g.RegistrationNumber == number, ct))
        {
            errors["registrationNumber"] = ServiceMessages.RegistrationNumberTaken;
        }

        if (errors.Count > 0) throw new ValidationException(errors);
        var name = input.Name!.Trim();
        var root = Slug.From($"{name} {input.Village}", 100);
        var taken = await db.Groups.Where(g => g.Slug == root || g.Slug.StartsWith(root + "-")).Select(g => g.Slug).ToListAsync(ct);
        var slug = root;
        for (var n = 2; taken.Contains(slug); n++) slug = $"{root}-{n}";
        var now = time.GetUtcNow();
        var group = new Group
        {
            Slug = slug, Name = name, RegistrationNumber = number!, RegencyId = regencyId!.Value, District = input.District!.Trim(),
            Village = input.Village!.Trim(), Sector = input.Sector!.Trim(), MemberCount = input.MemberCount ?? 0,
            PublicWhatsApp = whatsApp, CreatedAt = now,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Groups.Add(group);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, "group.register", $"Group:{group.Id}");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return await Views(db.Groups.Where(g => g.Id == group.Id)).FirstAsync(ct);
    }

    private static void Require(Dictionary<string, string> errors, string field, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = message;
        else if (value.Trim().Length > max) errors[field] = ServiceMessages.TooLong(max);
    }

    // Filter and sort before this projection: EF cannot translate a Where/OrderBy over a record's constructor.
    private static IQueryable<GroupView> Views(IQueryable<Group> groups) => groups.AsNoTracking().Select(g => new GroupView(
        g.Id, g.Slug, g.Name, g.RegistrationNumber, g.Regency!.Code, g.Regency.Name, g.District, g.Village, g.Sector, g.MemberCount,
        g.Story, g.PublicWhatsApp, g.IsActive));
}
