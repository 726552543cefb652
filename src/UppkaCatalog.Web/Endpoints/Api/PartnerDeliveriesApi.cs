using System.Globalization;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// What a partner delivered to an accepted group, recorded by the programme's officers or staff: attendance, equipment,
/// capital or a referral, a certificate. Another partner's application is a 404, as on the pages. The hand-over photo is
/// taken by the page only (<c>/mitra/lamaran/{id}</c>); the API records the hand-over without one.
/// </summary>
internal static class PartnerDeliveriesApi
{
    public static void MapPartnerDeliveriesApi(this RouteGroupBuilder partner)
    {
        // With the programme's sessions: their ids are what an attendance record names (the public programme has none).
        partner.MapGet("/applications/{id:int}/deliveries", async (int id, HttpContext http, DeliveryService deliveries, CancellationToken ct) =>
        {
            var actor = http.Caller();
            var recorded = await deliveries.ForApplicationAsync(actor, id, ct);
            var sessions = await deliveries.SessionsAsync(actor, id, ct);
            return TypedResults.Ok(new DeliveriesJson(
                sessions.Select(s => new DeliverySessionJson(s.Id, ExhibitionsApi.Wib(s.StartsAt), ExhibitionsApi.Wib(s.EndsAt), s.Place)).ToList(),
                recorded.Select(DeliveryJson.From).ToList()));
        });

        partner.MapPost("/applications/{id:int}/deliveries", async (int id, HttpContext http, DeliveryService deliveries, CancellationToken ct) =>
        {
            var body = await ApiJson.ReadAsync<DeliveryRequest>(http.Request, ct);
            var recorded = await deliveries.RecordAsync(http.Caller(), id, ToInput(body), ct: ct);
            return TypedResults.Created($"/api/v1/partner/applications/{id}/deliveries", DeliveryJson.From(recorded));
        }).DocumentBody<DeliveryRequest>().Produces<DeliveryJson>(StatusCodes.Status201Created);
    }

    /// <summary>
    /// The JSON words mapped to the service's input. A kind or date the API cannot read is refused here, per field; every
    /// other rule (what each kind needs, no date in the future) is the service's.
    /// </summary>
    private static DeliveryInput ToInput(DeliveryRequest body)
    {
        var errors = new Dictionary<string, string>();
        DeliveryKind? kind = null;
        if (!string.IsNullOrWhiteSpace(body.Kind))
        {
            kind = Enum.GetValues<DeliveryKind>().Cast<DeliveryKind?>()
                .FirstOrDefault(k => string.Equals(ApiJson.Word(k!.Value), body.Kind.Trim(), StringComparison.OrdinalIgnoreCase));
            if (kind is null) errors["kind"] = "Jenis penyaluran tidak dikenal. Pilih salah satu: " + string.Join(", ", Enum.GetValues<DeliveryKind>().Select(k => ApiJson.Word(k))) + ".";
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(body.Date))
        {
            if (DateOnly.TryParseExact(body.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) date = day;
            else errors["date"] = "Tanggal ditulis tahun-bulan-hari, mis. 2026-11-20 (hari di WIB).";
        }

        if (errors.Count > 0) throw new ValidationException(errors);
        return new DeliveryInput
        {
            Kind = kind, Date = date, SessionId = body.SessionId, Attendees = body.Attendees?.Select(a => a ?? "").ToList() ?? [],
            Item = body.Item, Quantity = body.Quantity, Rupiah = body.Rupiah, Detail = body.Detail,
        };
    }
}

/// <summary>
/// A delivery as a client sends it: <c>kind</c> attendance|equipment|capital|certificate, <c>date</c> yyyy-MM-dd (WIB);
/// attendance: <c>sessionId</c>, <c>attendees</c>; equipment: <c>item</c>, <c>quantity</c>, <c>rupiah</c>; capital:
/// <c>item</c> (institution), <c>rupiah</c>, <c>detail</c> (outcome); certificate: <c>item</c> (kind), <c>detail</c> (number).
/// </summary>
internal sealed record DeliveryRequest(string? Kind, string? Date, int? SessionId, List<string?>? Attendees, string? Item, int? Quantity, long? Rupiah,
    string? Detail);

internal sealed record DeliveriesJson(IReadOnlyList<DeliverySessionJson> Sessions, IReadOnlyList<DeliveryJson> Deliveries);

internal sealed record DeliverySessionJson(int Id, string StartsAt, string EndsAt, string Place);

internal sealed record DeliveryPhotoJson(string Url, int Width, int Height);

internal sealed record DeliveryJson(int Id, int ApplicationId, string Kind, string Date, int? SessionId, IReadOnlyList<string> Attendees, string Item,
    int Quantity, long Rupiah, string Detail, DeliveryPhotoJson? Photo, DateTimeOffset RecordedAt)
{
    public static DeliveryJson From(DeliveryView d) =>
        new(d.Id, d.ApplicationId, ApiJson.Word(d.Kind), d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.SessionId, d.Attendees, d.Item,
            d.Quantity, d.Rupiah, d.Detail, d.Photo is { } p ? new DeliveryPhotoJson("/media/" + p.Key, p.Width, p.Height) : null, d.RecordedAt);
}
