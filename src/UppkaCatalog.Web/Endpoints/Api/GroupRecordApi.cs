using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// <c>GET /api/v1/staff/groups/{id}/record</c>: a group's development record for staff — every programme it took part in,
/// what it received, its 90-day follow-ups and its catalogue activity month by month (the same service as the pages).
/// </summary>
internal static class GroupRecordApi
{
    public static void MapGroupRecordApi(this RouteGroupBuilder staff) =>
        staff.MapGet("/groups/{id:int}/record", async (int id, HttpContext http, DevelopmentRecordService records, CancellationToken ct) =>
            TypedResults.Ok(GroupRecordJson.From(await records.GetAsync(http.Caller(), id, ct))));
}

internal sealed record GroupRecordJson(int GroupId, string Group, string Regency, int PublishedProducts, IReadOnlyList<RecordProgrammeJson> Programmes,
    IReadOnlyList<ActivityMonthJson> Activity)
{
    public static GroupRecordJson From(DevelopmentRecord r) => new(r.GroupId, r.GroupName, r.RegencyName, r.PublishedProducts,
        r.Programmes.Select(RecordProgrammeJson.From).ToList(), r.Activity.Select(m => new ActivityMonthJson($"{m.Year:D4}-{m.Month:D2}", m.ProductsPublished, m.Inquiries)).ToList());
}

internal sealed record ActivityMonthJson(string Month, int ProductsPublished, int Inquiries);

internal sealed record RecordProgrammeJson(int ApplicationId, string ProgramSlug, string Program, string Partner, string Status, bool Nominated,
    DateTimeOffset AppliedAt, DateTimeOffset? DecidedAt, string? Reason, IReadOnlyList<string> Attendees, DateTimeOffset? ZakatDeclaredAt,
    IReadOnlyList<RecordDeliveryJson> Deliveries, RecordFollowUpJson? FollowUp)
{
    public static RecordProgrammeJson From(RecordProgramme p)
    {
        var a = p.Application;
        return new(a.Id, a.ProgrammeSlug, a.ProgrammeTitle, a.PartnerName, ApiJson.Word(a.Status), a.Nominated, a.AppliedAt, a.DecidedAt, a.Reason,
            a.Attendees, a.ZakatDeclaredAt, p.Deliveries.Select(RecordDeliveryJson.From).ToList(), p.FollowUp is null ? null : RecordFollowUpJson.From(p.FollowUp));
    }
}

internal sealed record RecordDeliveryJson(int Id, string Kind, DateOnly Date, int? SessionId, IReadOnlyList<string> Attendees, string Item, int Quantity,
    long Rupiah, string Detail, string? PhotoUrl)
{
    public static RecordDeliveryJson From(DeliveryView d) => new(d.Id, ApiJson.Word(d.Kind), d.Date, d.SessionId, d.Attendees, d.Item, d.Quantity, d.Rupiah,
        d.Detail, d.Photo is null ? null : "/media/" + d.Photo.Key);
}

internal sealed record RecordFollowUpJson(DateOnly DueOn, bool IsDue, DateTimeOffset? RecordedAt, long? MonthlySales, long? MonthlyIncome, string? Note,
    int? ProductsBefore, int? ProductsAfter, int? InquiriesBefore, int? InquiriesAfter)
{
    public static RecordFollowUpJson From(FollowUpView f) => new(f.DueOn, f.IsDue, f.Recorded?.RecordedAt, f.Recorded?.MonthlySales, f.Recorded?.MonthlyIncome,
        f.Recorded?.Note, f.Recorded?.ProductsBefore, f.Recorded?.ProductsAfter, f.Recorded?.InquiriesBefore, f.Recorded?.InquiriesAfter);
}
