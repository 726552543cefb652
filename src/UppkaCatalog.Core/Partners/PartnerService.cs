using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Auditing;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Data;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Regions;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Partners;

/// <summary>What staff enter for a partner organisation.</summary>
public sealed class PartnerInput
{
    public string? Name { get; set; }

    public PartnerKind Kind { get; set; } = PartnerKind.Other;

    /// <summary>BPS codes or names of the regencies it serves; empty = the whole province.</summary>
    public List<string> Regencies { get; set; } = [];

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }
}

/// <summary>A partner officer's account as staff see it.</summary>
public sealed record PartnerOfficer(string DisplayName, string? Email, string? Phone, DateTimeOffset CreatedAt);

public static class PartnerRules
{
    public const int MaxNameLength = 160;
    public const int MaxSlugLength = 120;
    public const int MaxContactNameLength = 120;
}

/// <summary>
/// The partner organisations BKKBN works with: registered and listed by staff only. Officers are accounts in role
/// <see cref="Roles.Partner"/> tied to one partner (<see cref="AppUser.PartnerId"/>).
/// </summary>
public sealed class PartnerService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<IReadOnlyList<PartnerView>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffOnlyPartners);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var names = (await db.Regencies.AsNoTracking().Select(r => new { r.Code, r.Name }).ToListAsync(ct)).ToDictionary(r => r.Code, r => r.Name);
        var partners = await db.Partners.AsNoTracking()
            .Select(p => new
            {
                Partner = p, Officers = db.Users.Count(u => u.PartnerId == p.Id), Programmes = db.Programmes.Count(x => x.PartnerId == p.Id),
            }).ToListAsync(ct);
        return partners.OrderBy(x => x.Partner.Name, StringComparer.OrdinalIgnoreCase).Select(x => new PartnerView(x.Partner.Id, x.Partner.Slug, x.Partner.Name, x.Partner.Kind,
            x.Partner.RegencyCodes.Select(c => new RegencyName(c, names.GetValueOrDefault(c, c))).ToList(),
            x.Partner.ContactName, x.Partner.ContactPhone, x.Partner.ContactEmail, x.Partner.IsActive, x.Officers, x.Programmes)).ToList();
    }

    /// <summary>One partner (staff only; unknown: not found).</summary>
    public async Task<PartnerView> GetAsync(Actor actor, int partnerId, CancellationToken ct = default) =>
        (await ListAsync(actor, ct)).FirstOrDefault(p => p.Id == partnerId) ?? throw new NotFoundException(ProgrammeMessages.PartnerNotFound);

    /// <summary>The partner's officer accounts, oldest first (staff only): who may act for it on <c>/mitra</c>.</summary>
    public async Task<IReadOnlyList<PartnerOfficer>> OfficersAsync(Actor actor, int partnerId, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffOnlyPartners);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.PartnerId == partnerId).OrderBy(u => u.CreatedAt)
            .Select(u => new PartnerOfficer(u.DisplayName, u.Email, u.PhoneNumber, u.CreatedAt)).ToListAsync(ct);
    }

    public async Task<PartnerView> CreateAsync(Actor actor, PartnerInput input, CancellationToken ct = default)
    {
        actor.RequireStaff(ProgrammeMessages.StaffOnlyPartners);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) errors["name"] = ProgrammeMessages.PartnerNameMissing;
        else if (name.Length > PartnerRules.MaxNameLength) errors["name"] = ProgrammeMessages.PartnerNameTooLong(PartnerRules.MaxNameLength);
        var slug = Slug.From(name, PartnerRules.MaxSlugLength);
        if (!errors.ContainsKey("name") && await db.Partners.AnyAsync(p => p.Slug == slug, ct)) errors["name"] = ProgrammeMessages.PartnerNameTaken(name);
        if (input.ContactName?.Trim().Length > PartnerRules.MaxContactNameLength) errors["contactName"] = ProgrammeMessages.ContactNameTooLong(PartnerRules.MaxContactNameLength);
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.ContactPhone) && !PhoneNumber.TryNormalizeOffice(input.ContactPhone, out phone!)) errors["contactPhone"] = ProgrammeMessages.PartnerPhoneInvalid;
        var email = input.ContactEmail?.Trim();
        if (!string.IsNullOrEmpty(email) && (email.Length > 200 || !System.Net.Mail.MailAddress.TryCreate(email, out _) || !email.Contains('.')))
        {
            errors["contactEmail"] = ProgrammeMessages.PartnerEmailInvalid;
        }

        var regencies = new RegencyNames(await db.Regencies.AsNoTracking().ToListAsync(ct));
        var codes = new List<string>();
        foreach (var text in input.Regencies.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            if (regencies.Find(text) is { } r) codes.Add(r.Code);
            else errors.TryAdd("regencies", ProgrammeMessages.RegencyUnknown(text.Trim()));
        }

        if (!Enum.IsDefined(input.Kind)) errors["kind"] = ProgrammeMessages.KindMissing;
        if (errors.Count > 0) throw new ValidationException(errors);

        var now = time.GetUtcNow();
        var partner = new Partner
        {
            Slug = slug, Name = name, Kind = input.Kind, RegencyCodes = codes.Distinct().Order(StringComparer.Ordinal).ToList(),
            ContactName = string.IsNullOrWhiteSpace(input.ContactName) ? null : input.ContactName.Trim(), ContactPhone = phone,
            ContactEmail = string.IsNullOrEmpty(email) ? null : email, CreatedAt = now,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Partners.Add(partner);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, now, actor.UserId, "partner.create", $"Partner:{partner.Id}", partner.Name);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        return (await ListAsync(actor, ct)).Single(p => p.Id == partner.Id);
    }
}
