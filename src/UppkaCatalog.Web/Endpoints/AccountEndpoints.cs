using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using UppkaCatalog.Core.Accounts;

namespace UppkaCatalog.Web.Endpoints;

internal static class AccountEndpoints
{
    /// <summary><c>POST /keluar</c>: sign out (a form post with antiforgery, never a GET link).</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        // The form field makes this a form endpoint, which turns on antiforgery validation.
        app.MapPost(AccountPaths.SignOut, async ([FromForm(Name = "kembali")] string? back, [FromServices] SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        }).ExcludeFromDescription();
}
