using Microsoft.AspNetCore.Components.Authorization;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Infrastructure;

/// <summary>
/// The one way a component gets who is acting: from the cascading authentication state, never from
/// HttpContext (gone once the page is interactive). Components only pass the actor on; the services check
/// the role and the group themselves (see <see cref="Actor"/>).
/// </summary>
public static class SignedInActor
{
    /// <summary>
    /// For pages behind <c>[Authorize]</c>: an anonymous principal there is a circuit whose sign-in ended,
    /// refused as any service refusal is.
    /// </summary>
    public static async Task<Actor> ActorAsync(this Task<AuthenticationState> state) =>
        Actor.From((await state).User) ?? throw new ForbiddenException();

    /// <summary>For public pages that only ask who is looking (e.g. staff previewing a draft); null when nobody is signed in.</summary>
    public static async Task<Actor?> ActorOrNullAsync(this Task<AuthenticationState>? state) =>
        state is null ? null : Actor.From((await state).User);
}
