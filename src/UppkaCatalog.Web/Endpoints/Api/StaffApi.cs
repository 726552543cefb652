using UppkaCatalog.Core.Catalog;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>Moderation for BKKBN staff: the review queue, approve, reject with a reason.</summary>
internal static class StaffApi
{
    public static void MapStaffApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/products", async (string? status, HttpContext http, ModerationService moderation, CancellationToken ct) =>
        {
            var rows = await moderation.ListAsync(http.Caller(), ApiJson.ParseStatus(status) ?? ProductStatus.PendingReview, ct);
            return TypedResults.Ok(rows.Select(ReviewRowJson.From));
        });

        staff.MapPost("/products/{id:int}/approve", async (int id, HttpContext http, ModerationService moderation, CancellationToken ct) =>
        {
            await moderation.ApproveAsync(http.Caller(), id, ct);
            return TypedResults.Ok(new DecisionJson(id, ApiJson.Name(ProductStatus.Published), null));
        });

        staff.MapPost("/products/{id:int}/reject", async (int id, HttpContext http, ModerationService moderation, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<RejectRequest>(http.Request, ct);
            await moderation.RejectAsync(http.Caller(), id, body.Reason, ct);
            return TypedResults.Ok(new DecisionJson(id, ApiJson.Name(ProductStatus.Rejected), body.Reason?.Trim()));
        }).DocumentBody<RejectRequest>();
    }
}
