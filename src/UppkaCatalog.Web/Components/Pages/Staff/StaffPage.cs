using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Components.Pages.Staff;

/// <summary>
/// Base of the staff pages: who is acting, from the circuit's authentication state (never from
/// HttpContext, which is gone once the page is interactive). The services check the role themselves.
/// </summary>
public abstract class StaffPage : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    protected async Task<Actor> ActorAsync() =>
        Actor.From((await AuthState).User) ?? throw new ForbiddenException();
}
