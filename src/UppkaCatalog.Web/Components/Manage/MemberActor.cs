using Microsoft.AspNetCore.Components.Authorization;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Components.Manage;

public static class MemberActor
{
    /// <summary>
    /// The signed-in member as the services want them. The pages are [Authorize(Roles = "Member")],
    /// so an anonymous principal here is a wiring mistake, not a visitor.
    /// </summary>
    public static async Task<Actor> ActorAsync(this Task<AuthenticationState> state) =>
        Actor.From((await state).User) ?? throw new InvalidOperationException("The member area was rendered without a signed-in user.");
}
