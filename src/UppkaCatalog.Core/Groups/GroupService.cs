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

    /// <summary>A sector by name, loosely (<c>Makanan Olahan</c>, <c>makanan olahan</c>, <c>FoodProcessing</c>).</summary>
    public string? Sector { get; set; }

    /// <summary>What the group makes in its own words; optional.</summary>
    public string? Specialty { get; set; }

    public int? FoundingYear { get; set; }

    public int? MemberCount { get; set; }

    /// <summary>Dasar / Berkembang / Mandiri, loosely; optional.</summary>
    public string? Stage { get; set; }

    public string? LeaderName { get; set; }

    public string? LeaderPhone { get; set; }

    public string? PublicWhatsApp { get; set; }
}

/// <summary>A group's registry record. <see cref="LeaderName"/> and <see cref="LeaderPhone"/> are filled for staff only.</summary>
public sealed record GroupView(int Id, string Slug, string Name, string RegistrationNumber, string RegencyCode, string RegencyName,
    string District, string Village, BusinessSector Sector, string Specialty, int? FoundingYear, GroupStage? Stage, int MemberCount,
    string Story, string? PublicWhatsApp, string? LeaderName, string? LeaderPhone, bool IsActive)
{
    /// <summary>The sector's name in the reader's language.</summary>
    public string SectorName => RegistryNames.Name(Sector);

    /// <summary>What the group makes: its own words, else its sector's name.</summary>
    public string SpecialtyOrSector => Specialty.Length > 0 ? Specialty : SectorName;
}

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
        var view = await Views(db.Groups.Where(g => g.Id == groupId)).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ServiceMessages.GroupNotFound);
        return WithoutLeader(view);
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
        return WithoutLeader(await Views(db.Groups.Where(g => g.Id == groupId)).FirstAsync(ct));
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
        var sector = RegistryNames.FindSector(input.Sector);
        if (string.IsNullOrWhiteSpace(input.Sector)) errors["sector"] = ServiceMessages.SectorMissing(RegistryNames.SectorList());
        else if (sector is null) errors["sector"] = ServiceMessages.SectorUnknown(input.Sector.Trim(), RegistryNames.SectorList());
        if (input.Specialty?.Trim().Length > 100) errors["specialty"] = ServiceMessages.TooLong(100);
        GroupStage? stage = null;
        if (!string.IsNullOrWhiteSpace(input.Stage) && (stage = RegistryNames.FindStage(input.Stage)) is null)
        {
            errors["stage"] = ServiceMessages.StageUnknown(input.Stage.Trim(), RegistryNames.StageList());
        }

        var thisYear = Wib.DayOf(time.GetUtcNow()).Year;
        if (input.FoundingYear is { } year && (year < 1970 || year > thisYear))
        {
            errors["foundingYear"] = year > thisYear ? ServiceMessages.FoundingYearInFuture(year) : ServiceMessages.FoundingYearImplausible(year);
        }

        if (input.MemberCount is < 0 or > 10_000) errors["memberCount"] = ServiceMessages.MemberCountImplausible;
        if (input.LeaderName?.Trim().Length > 120) errors["leaderName"] = ServiceMessages.TooLong(120);
        string? leaderPhone = null;
        if (!string.IsNullOrWhiteSpace(input.LeaderPhone) && !PhoneNumber.TryNormalize(input.LeaderPhone, out leaderPhone))
        {
            errors["leaderPhone"] = ServiceMessages.LeaderPhoneInvalid;
        }
        string? whatsApp = null;
        if (!string.IsNullOrWhiteSpace(input.PublicWhatsApp) && !PhoneNumber.TryNormalize(input.PublicWhatsApp, out whatsApp))
        {
            errors["publicWhatsApp"] = ServiceMessages.GroupWhatsAppInvalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regencyId = await db.Regencies.Where(r => r.Code == input.RegencyCode).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (regencyId is null) errors["regencyCode"] = ServiceMessages.RegencyMissing;
        var number = RegistrationNumbers.Normalize(input.RegistrationNumber);
        if (number.Length > 0 && await db.Groups.AnyAsync(g => g.RegistrationNumber == number, ct))
        {
            errors["registrationNumber"] = ServiceMessages.RegistrationNumberTaken;
        }

        if (errors.Count > 0) throw new ValidationException(errors);
        var name = input.Name!.Trim();
        var root = GroupSlugs.Root(name, input.Village);
        var taken = await db.Groups.Where(g => g.Slug == root || g.Slug.StartsWith(root + "-")).Select(g => g.Slug).ToListAsync(ct);
        var slug = GroupSlugs.Unique(root, taken.Contains);
        var now = time.GetUtcNow();
        var group = new Group
        {
            Slug = slug, Name = name, RegistrationNumber = number, RegencyId = regencyId!.Value, District = input.District!.Trim(),
            Village = input.Village!.Trim(), Sector = sector!.Value, Specialty = input.Specialty?.Trim() ?? "",
            FoundingYear = input.FoundingYear, Stage = stage, MemberCount = input.MemberCount ?? 0,
            LeaderName = string.IsNullOrWhiteSpace(input.LeaderName) ? null : input.LeaderName.Trim(), LeaderPhone = leaderPhone,
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

    private static GroupView WithoutLeader(GroupView view) => view with { LeaderName = null, LeaderPhone = null };

    // Filter and sort before this projection: EF cannot translate a Where/OrderBy over a record's constructor.
    internal static IQueryable<GroupView> Views(IQueryable<Group> groups) => groups.AsNoTracking().Select(g => new GroupView(
        g.Id, g.Slug, g.Name, g.RegistrationNumber, g.Regency!.Code, g.Regency.Name, g.District, g.Village, g.Sector, g.Specialty, g.FoundingYear, g.Stage,
        g.MemberCount, g.Story, g.PublicWhatsApp, g.LeaderName, g.LeaderPhone, g.IsActive));
}
