using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Seeding;
using UppkaCatalog.Core.Tests.Support;

namespace UppkaCatalog.Core.Tests.Seeding;

/// <summary>The demo's partners: three organisations, an officer account each scoped to it, programmes open and closed.</summary>
public sealed class DemoPartnersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_has_Jambis_three_partners_an_officer_each_and_three_open_programmes()
    {
        await using var host = await CoreHost.StartAsync(demo: true);
        await host.SeedAsync(Ct);
        await host.SeedAsync(Ct); // a second start adds nothing

        await using var db = await host.DbFactory.CreateDbContextAsync(Ct);
        Assert.Equal(["Baznas Provinsi Jambi", "BLKP Provinsi Jambi", "Disnakertrans Provinsi Jambi"],
            (await db.Partners.Select(p => p.Name).ToListAsync(Ct)).Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(4, await db.Programmes.CountAsync(Ct));
        var programmes = host.Services.GetRequiredService<ProgrammeService>();
        var open = await programmes.ListPublicAsync(Ct);
        Assert.Equal(3, open.Count);
        Assert.Contains(open, p => p.RequiresZakatDeclaration && p.PartnerName == "Baznas Provinsi Jambi");
        // Applications in every status, each from a group the programme is meant for.
        Assert.Equal(Enum.GetValues<ApplicationStatus>().Order(), (await db.ProgrammeApplications.Select(a => a.Status).Distinct().ToListAsync(Ct)).Order());
        var applications = host.Services.GetRequiredService<ProgrammeApplicationService>();
        var staff = new Actor("staff-demo", null, IsStaff: true);
        foreach (var p in await db.Programmes.ToListAsync(Ct))
        {
            foreach (var a in await applications.ForProgrammeAsync(staff, p.Id, Ct))
            {
                var group = await db.Groups.Include(g => g.Regency).SingleAsync(g => g.Id == a.GroupId, Ct);
                Assert.True(p.Sectors.Count == 0 || p.Sectors.Contains(group.Sector), $"{a.GroupName} in {p.Title}");
                Assert.True(p.RegencyCodes.Count == 0 || p.RegencyCodes.Contains(group.Regency!.Code), $"{a.GroupName} in {p.Title}");
                Assert.True(p.Stages.Count == 0 || group.Stage is { } s && p.Stages.Contains(s), $"{a.GroupName} in {p.Title}");
                Assert.Equal(p.RequiresZakatDeclaration, a.ZakatDeclaredAt is not null);
            }
        }

        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        for (var i = 1; i <= 3; i++)
        {
            var officer = await users.FindByEmailAsync(DemoSeeder.PartnerEmail(i));
            Assert.NotNull(officer);
            Assert.True(await users.IsInRoleAsync(officer, Roles.Partner));
            // Signed in, the officer is an actor scoped to their partner, who manages that partner's programmes only.
            var actor = Actor.From(await factory.CreateAsync(officer))!;
            Assert.Equal((officer.PartnerId, null, false), (actor.PartnerId, actor.GroupId, actor.IsStaff));
            var own = await programmes.ListManagedAsync(actor, Ct);
            Assert.NotEmpty(own);
            Assert.All(own, p => Assert.Equal(
                db.Partners.Single(x => x.Id == officer.PartnerId).Name, p.PartnerName));
        }

        // A member's principal carries no partner, even with a forged claim.
        var forged = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "m"), new Claim(Actor.PartnerClaim, "1")], "test"));
        Assert.Null(Actor.From(forged)!.PartnerId);
    }
}
