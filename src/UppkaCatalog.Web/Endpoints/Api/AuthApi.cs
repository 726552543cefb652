using System.Globalization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints.Api;

internal static class AuthApi
{
    /// <summary>
    /// <c>POST /api/auth/login</c> <c>{"email","password"}</c> (the email field may hold a phone number):
    /// on success the bearer handler itself writes <c>{tokenType, accessToken, expiresIn, refreshToken}</c>,
    /// as ASP.NET Identity's own API does, and nothing else may be written after it.
    /// </summary>
    public static void MapAuthApi(this RouteGroupBuilder api) =>
        api.MapPost("/auth/login", async (HttpContext http, SignInService signIn, SignInThrottle throttle, IOptions<IdentityOptions> identity, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<LoginRequest>(http.Request, ct);
            var missing = new Dictionary<string, string>();
            if (string.IsNullOrWhiteSpace(body.Email)) missing["email"] = "Isi email atau nomor HP.";
            if (string.IsNullOrEmpty(body.Password)) missing["password"] = "Isi kata sandi.";
            if (missing.Count > 0) return ApiProblems.Validation(missing);

            var result = await signIn.PasswordSignInAsync(body.Email, body.Password, remember: false, IdentityConstants.BearerScheme);
            if (result.Succeeded) return Results.Empty;
            // Shared with the page's form: a sprayer cannot double its budget by switching front doors.
            throttle.RecordFailure(http.Connection.RemoteIpAddress);
            if (result.IsLockedOut)
            {
                // The lockout started at some failure up to this long ago, so this is the most a client must wait.
                var span = identity.Value.Lockout.DefaultLockoutTimeSpan;
                http.Response.Headers.RetryAfter = ((int)span.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Akun dikunci sementara.",
                    $"Terlalu banyak percobaan masuk yang gagal, jadi akun ini dikunci paling lama {span.TotalMinutes:0} menit. Tunggu, lalu coba lagi dengan kata sandi yang benar.");
            }

            // Unknown account, wrong password or not allowed: one answer, so nobody learns which accounts exist.
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Gagal masuk.", "Email/nomor HP atau kata sandi salah.");
        })
        // For the API description (ApiDocument): the body is read by ApiJson, the answer written by the bearer handler.
        .DocumentBody<LoginRequest>()
        .Produces<AccessTokenResponse>()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
