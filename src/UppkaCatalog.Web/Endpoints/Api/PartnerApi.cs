using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// Programmes for partner officers (their own organisation's) and staff (every partner's): the list, a programme's
/// applications, and a decision on one. Another partner's programme or application is a 404, as on the pages.
/// </summary>
internal static class PartnerApi
{
    public static void MapPartnerApi(this RouteGroupBuilder partner)
    {
        partner.MapGet("/programs", async (HttpContext http, ProgrammeService programmes, CancellationToken ct) =>
            TypedResults.Ok((await programmes.ListManagedAsync(http.Caller(), ct)).Select(PartnerProgrammeJson.From)));

        partner.MapGet("/programs/{slug}/applications", async (string slug, HttpContext http, ProgrammeService programmes,
            ProgrammeApplicationService applications, CancellationToken ct) =>
        {
            var actor = http.Caller();
            var clean = slug.Trim().ToLowerInvariant();
            var programme = (await programmes.ListManagedAsync(actor, ct)).FirstOrDefault(p => p.Slug == clean)
                ?? throw new NotFoundException(Core.Resources.ProgrammeMessages.ProgrammeNotFound);
            return TypedResults.Ok((await applications.ForProgrammeAsync(actor, programme.Id, ct)).Select(PartnerApplicationJson.From));
        });

        partner.MapPost("/applications/{id:int}/decision", async (int id, HttpContext http, ProgrammeApplicationService applications, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<DecisionRequest>(http.Request, ct);
            var decided = await applications.DecideAsync(http.Caller(), id, ParseDecision(body.Status), body.Reason, ct);
            return TypedResults.Ok(PartnerApplicationJson.From(decided));
        }).DocumentBody<DecisionRequest>();
    }

    /// <summary>The decisions a partner may take, as JSON names them.</summary>
    private static readonly ApplicationStatus[] Decisions =
        [ApplicationStatus.Shortlisted, ApplicationStatus.Accepted, ApplicationStatus.Rejected, ApplicationStatus.Completed, ApplicationStatus.Dropped];

    private static ApplicationStatus ParseDecision(string? value) =>
        Decisions.Cast<ApplicationStatus?>().FirstOrDefault(d => string.Equals(ApiJson.Word(d!.Value), value?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ValidationException("status", "Keputusan tidak dikenal. Pilih salah satu: " + string.Join(", ", Decisions.Select(d => ApiJson.Word(d))) + ".");
}

internal sealed record DecisionRequest(string? Status, string? Reason);

internal sealed record PartnerProgrammeJson(int Id, string Slug, string Title, string Partner, string Kind, string Status,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int Quota)
{
    public static PartnerProgrammeJson From(ManagedProgrammeRow p) =>
        new(p.Id, p.Slug, p.Title, p.PartnerName, ApiJson.Word(p.Kind), ApiJson.Word(p.Status), p.ApplicationOpensAt, p.ApplicationClosesAt, p.Quota);
}

internal sealed record PartnerApplicationJson(int Id, string Group, int GroupId, string Regency, string Status, string Motivation, string Needs,
    IReadOnlyList<string> Attendees, DateTimeOffset? ZakatDeclaredAt, DateTimeOffset AppliedAt, DateTimeOffset? DecidedAt, string? Reason)
{
    public static PartnerApplicationJson From(ApplicationView a) =>
        new(a.Id, a.GroupName, a.GroupId, a.RegencyName, ApiJson.Word(a.Status), a.Motivation, a.Needs, a.Attendees, a.ZakatDeclaredAt,
            a.AppliedAt, a.DecidedAt, a.Reason);
}
