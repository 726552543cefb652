using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Tests.Infrastructure;

/// <summary>How every component turns its cascading authentication state into the services' actor.</summary>
public sealed class SignedInActorTests
{
    private static Task<AuthenticationState> State(params Claim[] claims) =>
        Task.FromResult(new AuthenticationState(new ClaimsPrincipal(claims.Length == 0 ? new ClaimsIdentity() : new ClaimsIdentity(claims, "test"))));

    [Fact]
    public async Task A_signed_in_member_becomes_their_actor()
    {
        var state = State(new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(Actor.GroupClaim, "4"), new Claim(ClaimTypes.Role, Roles.Member));
        Assert.Equal(new Actor("u1", 4, IsStaff: false), await state.ActorAsync());
        Assert.Equal(new Actor("u1", 4, IsStaff: false), await state.ActorOrNullAsync());
    }

    [Fact]
    public async Task Nobody_signed_in_is_a_refusal_behind_authorize_and_null_on_a_public_page()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => State().ActorAsync());
        Assert.Null(await State().ActorOrNullAsync());
        Assert.Null(await ((Task<AuthenticationState>?)null).ActorOrNullAsync());
    }
}
