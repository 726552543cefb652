using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// A member's applications to partner programmes, over the same service as <c>/kelola/program</c>. The service checks the
/// group: another group's application is a 404. An application the rules refuse is a 422 with a message per field (with
/// "programme" when the group may not apply or applications are closed), as the contract asks of this call (the
/// other calls answer a broken rule with 400); 409 a second application.
/// </summary>
internal static class MemberProgrammesApi
{
    public static void MapMemberProgrammesApi(this RouteGroupBuilder member)
    {
        member.MapPost("/programs/{slug}/applications", async (string slug, HttpContext http, ProgrammeApplicationService applications, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<ApplicationRequest>(http.Request, ct);
            try
            {
                var created = await applications.ApplyAsync(http.Caller(), slug, body.ToInput(), ct);
                return TypedResults.Created("/api/v1/me/programs", new ApplicationCreatedJson(created.Id, Status(created.Status)));
            }
            catch (Core.Common.ValidationException e)
            {
                return ApiProblems.Validation(e.Errors, e.Message, StatusCodes.Status422UnprocessableEntity);
            }
        }).DocumentBody<ApplicationRequest>().Produces<ApplicationCreatedJson>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        member.MapGet("/me/programs", async (HttpContext http, ProgrammeApplicationService applications, CancellationToken ct) =>
            TypedResults.Ok((await applications.MineAsync(http.Caller(), ct)).Select(ApplicationJson.From).ToList()));

        member.MapPost("/me/programs/applications/{id:int}/withdraw", async (int id, HttpContext http, ProgrammeApplicationService applications, CancellationToken ct) =>
        {
            await applications.WithdrawAsync(http.Caller(), id, ct);
            return TypedResults.NoContent();
        });
    }

    /// <summary>applied, shortlisted, accepted, rejected, completed, dropped, withdrawn.</summary>
    public static string Status(ApplicationStatus status) => status.ToString().ToLowerInvariant();
}

internal sealed record ApplicationRequest(string? Motivation, string? Needs, IReadOnlyList<string?>? Attendees, bool ZakatDeclared)
{
    public ApplicationInput ToInput() => new()
    {
        Motivation = Motivation, Needs = Needs, Attendees = [.. (Attendees ?? []).Select(a => a ?? "")], ZakatDeclared = ZakatDeclared,
    };
}

internal sealed record ApplicationCreatedJson(int Id, string Status);

internal sealed record ApplicationJson(
    int Id, string Programme, string Title, string Partner, string Status, string? Reason, DateTimeOffset AppliedAt, DateTimeOffset? DecidedAt,
    IReadOnlyList<string> Attendees)
{
    public static ApplicationJson From(ApplicationView a) => new(a.Id, a.ProgrammeSlug, a.ProgrammeTitle, a.PartnerName, MemberProgrammesApi.Status(a.Status),
        a.Reason, a.AppliedAt, a.DecidedAt, a.Attendees);
}
