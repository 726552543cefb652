using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Exhibitions;

namespace UppkaCatalog.Web.Tests.Support;

/// <summary>Posting a booth's inquiry form as a browser does: the form's hidden fields, the buyer's values, and the headers a browser adds.</summary>
public static class BoothInquiryFlows
{
    /// <summary>Demo exhibitions (all published): ongoing, upcoming, and one that ended.</summary>
    public const string Ongoing = "gelar-produk-uppka-jambi";
    public const string Upcoming = "pekan-produk-kampung-kb";
    public const string Ended = "festival-sepucuk-jambi";

    /// <summary>A group with a booth in both <see cref="Ongoing"/> and <see cref="Ended"/>.</summary>
    public const string Melati = "uppka-melati-sengeti";

    /// <summary>The test host's own origin (TestServer answers as http://localhost).</summary>
    public const string ThisSite = "http://localhost";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string BoothPath(string exhibition, string group) => $"/pameran/{exhibition}/stan/{group}";

    /// <summary>
    /// GETs the form at <c>…/tanya</c>, fills it and posts it with <paramref name="headers"/> (name → value; by
    /// default <c>Origin</c> of this site, as every modern browser sends on a POST).
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string exhibition, string group,
        string? name, string? phone, string? quantity, string? message, IReadOnlyDictionary<string, string>? headers = null)
    {
        var target = BoothPath(exhibition, group) + "/tanya";
        var form = Html.HiddenInputs(await client.GetStringAsync(BoothPath(Ongoing, Melati) + "/tanya", Ct));
        form["Input.BuyerName"] = name ?? "";
        form["Input.Phone"] = phone ?? "";
        form["Input.Quantity"] = quantity ?? "";
        form["Input.Message"] = message ?? "";
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(form) };
        foreach (var (header, value) in headers ?? new Dictionary<string, string> { ["Origin"] = ThisSite })
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        return await client.SendAsync(request, Ct);
    }

    public static Task<Booth> BoothAsync(AppFactory app, string exhibition, string group) =>
        app.QueryAsync(db => db.Booths.AsNoTracking().SingleAsync(b => b.Exhibition!.Slug == exhibition && b.Group!.Slug == group, Ct));

    /// <summary>Changes a booth's status through EF (tracked), so cached pages are evicted as after any real change.</summary>
    public static Task SetAsync(AppFactory app, string exhibition, string group, BoothStatus status) =>
        app.QueryAsync(async db =>
        {
            var booth = await db.Booths.SingleAsync(b => b.Exhibition!.Slug == exhibition && b.Group!.Slug == group, Ct);
            booth.Status = status;
            return await db.SaveChangesAsync(Ct);
        });

    public static Task SetAsync(AppFactory app, string exhibition, ExhibitionStatus status) =>
        app.QueryAsync(async db =>
        {
            var e = await db.Exhibitions.SingleAsync(x => x.Slug == exhibition, Ct);
            e.Status = status;
            return await db.SaveChangesAsync(Ct);
        });
}
