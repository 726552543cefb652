using System.Security.Claims;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Tests.Common;

/// <summary>The rules on <see cref="Actor"/> that every service's first line relies on.</summary>
public sealed class ActorTests
{
    private static readonly Actor Member = new("member", 7, IsStaff: false);
    private static readonly Actor Staff = new("staff", null, IsStaff: true);

    [Fact]
    public void RequireStaff_lets_staff_through_and_refuses_a_member_with_the_given_words()
    {
        Staff.RequireStaff();
        Assert.Equal("Hanya staf BKKBN yang dapat melakukan ini.", Assert.Throws<ForbiddenException>(() => Member.RequireStaff()).Message);
        Assert.Equal("Khusus staf.", Assert.Throws<ForbiddenException>(() => Member.RequireStaff("Khusus staf.")).Message);
    }

    [Fact]
    public void RequireGroup_returns_the_members_group_and_refuses_staff_who_have_none()
    {
        Assert.Equal(7, Member.RequireGroup("Khusus anggota."));
        Assert.Equal("Khusus anggota.", Assert.Throws<ForbiddenException>(() => Staff.RequireGroup("Khusus anggota.")).Message);
    }

    [Fact]
    public void MayActFor_is_staff_for_any_group_and_a_member_for_their_own_only()
    {
        Assert.True(Staff.MayActFor(3));
        Assert.True(Member.MayActFor(7));
        Assert.False(Member.MayActFor(3));
    }

    [Fact]
    public void From_reads_the_id_the_group_claim_and_the_staff_role_and_null_for_an_anonymous_principal()
    {
        Assert.Null(Actor.From(new ClaimsPrincipal(new ClaimsIdentity())));
        var member = Principal("u1", new Claim(Actor.GroupClaim, "12"), new Claim(ClaimTypes.Role, Roles.Member));
        Assert.Equal(new Actor("u1", 12, IsStaff: false), Actor.From(member));
        var staff = Principal("u2", new Claim(ClaimTypes.Role, Roles.Staff));
        Assert.Equal(new Actor("u2", null, IsStaff: true), Actor.From(staff));
        // A malformed group claim is no group: the member is refused rather than acting for group 0.
        Assert.Null(Actor.From(Principal("u3", new Claim(Actor.GroupClaim, "x")))!.GroupId);
    }

    private static ClaimsPrincipal Principal(string id, params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), .. claims], "test"));
}
