using UppkaCatalog.Core.Catalog.Permits;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// Staff verify or refuse a product's permit (issue 16): <c>POST /v1/staff/products/{id}/permits/{kind}/verify</c>
/// <c>{ "note", "expiresAt" }</c> (the expiry only for halal) and <c>…/refuse</c> <c>{ "reason" }</c>; <c>kind</c> is
/// <c>pirt</c>, <c>halal</c> or <c>bpom</c>. The rules (staff only, audited, the current number) are the service's.
/// </summary>
internal static class PermitsApi
{
    public static void MapPermitsApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/products/{id:int}/permits/{kind}/verify", async (int id, string kind, HttpContext http, PermitService permits, CancellationToken ct) =>
        {
            var permit = Kind(kind);
            var body = await ApiJson.ReadAsync<VerifyPermitRequest>(http.Request, ct);
            var view = await permits.VerifyAsync(http.Caller(), id, permit, new PermitDecisionInput(body.Note, body.ExpiresAt, body.Number, body.NoExpiry ?? false), ct);
            return TypedResults.Ok(PermitDecisionJson.From(id, view));
        }).DocumentBody<VerifyPermitRequest>();

        staff.MapPost("/products/{id:int}/permits/{kind}/refuse", async (int id, string kind, HttpContext http, PermitService permits, CancellationToken ct) =>
        {
            var permit = Kind(kind);
            var body = await ApiJson.ReadAsync<RefusePermitRequest>(http.Request, ct);
            var view = await permits.RefuseAsync(http.Caller(), id, permit, body.Reason, body.Number, ct);
            return TypedResults.Ok(PermitDecisionJson.From(id, view));
        }).DocumentBody<RefusePermitRequest>();
    }

    // An unknown kind is bad input (400), checked before the body is read.
    private static PermitKind Kind(string word) =>
        PermitRules.ParseKind(word) ?? throw new ValidationException("kind", PermitMessages.KindUnknown);
}

/// <summary><c>number</c>: optional, the number staff looked at; a changed number since answers 409.</summary>
internal sealed record VerifyPermitRequest(string? Note, DateOnly? ExpiresAt, string? Number, bool? NoExpiry);

internal sealed record RefusePermitRequest(string? Reason, string? Number);

/// <summary>A permit as buyers see it in the product JSON.</summary>
internal sealed record PermitJson(string Kind, string Number, bool Verified, DateTimeOffset? VerifiedAt, DateOnly? ExpiresAt)
{
    public static IReadOnlyList<PermitJson> From(IEnumerable<PermitView> permits) =>
        permits.Select(p => new PermitJson(PermitRules.Word(p.Kind), p.Number, p.Verified, p.VerifiedAt, p.ExpiresOn)).ToList();
}

/// <summary>
/// A permit as the group sees it in the member product JSON: the buyer's fields plus the state (<c>waiting</c>,
/// <c>verified</c>, <c>refused</c>, <c>expired</c>), staff's reason for a refusal and whether a certificate photo is there.
/// </summary>
internal sealed record MemberPermitJson(string Kind, string? Number, bool Verified, DateTimeOffset? VerifiedAt, DateOnly? ExpiresAt,
    string State, string? RefusalReason, bool HasCertificate, bool ExpiresSoon)
{
    public static IReadOnlyList<MemberPermitJson> From(IEnumerable<PermitStatusView> permits) =>
        permits.Where(p => p.Number is not null || p.HasCertificate).Select(p => new MemberPermitJson(PermitRules.Word(p.Kind), p.Number,
            p.State == PermitStatus.Verified, p.State == PermitStatus.Verified ? p.DecidedAt : null, p.ExpiresOn, ApiJson.Word(p.State),
            p.RefusalReason, p.HasCertificate, p.ExpiresSoon)).ToList();
}

internal sealed record PermitDecisionJson(int ProductId, string Kind, string? Number, string State, bool Verified, DateTimeOffset? DecidedAt,
    DateOnly? ExpiresAt, string? Note, string? RefusalReason)
{
    public static PermitDecisionJson From(int productId, PermitStatusView v) => new(productId, PermitRules.Word(v.Kind), v.Number, ApiJson.Word(v.State),
        v.State == PermitStatus.Verified, v.DecidedAt, v.ExpiresOn, v.Note, v.RefusalReason);
}
