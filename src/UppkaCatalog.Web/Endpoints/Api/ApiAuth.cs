using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// The API's sign-in check: a bearer token and nothing else. The sign-in cookie is ambient — a browser
/// sends it to any request, also one another site makes it send — so it must never count here; a
/// bearer token only travels when a client puts it in the header, which is also why the API needs no
/// antiforgery token. Done as an endpoint filter rather than an authorization policy because the
/// policy's challenge is an empty 401 that the status-code middleware would turn into the HTML
/// not-found page; this filter answers with problem details instead.
/// </summary>
internal static class ApiAuth
{
    /// <summary>Lets through only a valid bearer token of a user in one of <paramref name="roles"/>.</summary>
    public static RouteGroupBuilder RequireBearer(this RouteGroupBuilder group, params string[] roles) =>
        // The metadata only tells the API description (ApiDocument) which calls need a token; the filter decides.
        group.WithMetadata(new BearerRoleMetadata(string.Join(" or ", roles))).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var result = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
            // Whatever the cookie said is dropped: from here on the user is the token's, or nobody.
            http.User = result.Succeeded && await StillValidAsync(http, result.Principal) ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
            if (Actor.From(http.User) is not { } actor) return ApiProblems.Unauthorized(http);
            if (!roles.Any(http.User.IsInRole)) return ApiProblems.Forbidden(Refusal(roles));

            http.Items[typeof(Actor)] = actor;
            return await next(context);
        });

    private static string Refusal(string[] roles) =>
        roles.Contains(Core.Accounts.Roles.Partner) ? "Hanya petugas mitra dan staf BKKBN yang dapat memakai alamat ini."
        : roles.Contains(Core.Accounts.Roles.Staff) ? "Hanya staf BKKBN yang dapat memakai alamat ini."
        : "Hanya anggota kelompok UPPKA yang dapat memakai alamat ini.";

    /// <summary>
    /// A bearer token is a sealed copy of the user's claims, valid for 8 hours whatever happens meanwhile. Checked
    /// against the database on every call: a changed password (a new security stamp — e.g. after a stolen phone)
    /// or a locked-out account ends every token issued before, instead of leaving it working until it expires.
    /// </summary>
    private static async Task<bool> StillValidAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var signIn = http.RequestServices.GetRequiredService<SignInManager<Core.Accounts.AppUser>>();
        var user = await signIn.ValidateSecurityStampAsync(principal);
        return user is not null && !await signIn.UserManager.IsLockedOutAsync(user);
    }

    /// <summary>
    /// The caller as the bearer filter established it. Handlers must use this, never a bound
    /// <see cref="ClaimsPrincipal"/> parameter: parameters are bound before filters run, so such a
    /// parameter would still hold the cookie's user.
    /// </summary>
    public static Actor Caller(this HttpContext http) =>
        http.Items[typeof(Actor)] as Actor ?? throw new InvalidOperationException("The endpoint is missing RequireBearer.");
}

/// <summary>Marks the calls behind <see cref="ApiAuth.RequireBearer"/> for the API description.</summary>
internal sealed record BearerRoleMetadata(string Role);
