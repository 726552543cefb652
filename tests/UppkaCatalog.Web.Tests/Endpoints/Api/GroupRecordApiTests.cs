using System.Net;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Tests.Support;
using static UppkaCatalog.Web.Tests.Endpoints.Api.Api;

namespace UppkaCatalog.Web.Tests.Endpoints.Api;

/// <summary>
/// <c>GET /api/v1/staff/groups/{id}/record</c>: the development record of the demo group Disnakertrans equipped, in the
/// documented shape, for staff only (a member or a partner officer is refused, anonymous 401, an unknown group 404).
/// </summary>
[Collection(ApiAppCollection.Name)]
public sealed class GroupRecordApiTests(AppFactory app)
{
    private const string EquipmentAid = "bantuan-peralatan-teknologi-tepat-guna-2026";

    private Task<(int Id, int GroupId)> CompletedAsync() =>
        app.QueryAsync(async db => await db.ProgrammeApplications.Where(a => a.Programme!.Slug == EquipmentAid && a.Status == ApplicationStatus.Completed)
            .Select(a => new ValueTuple<int, int>(a.Id, a.GroupId)).FirstAsync(Ct));

    [Fact]
    public async Task Staff_read_the_equipped_groups_record_with_the_hand_over_and_the_follow_up()
    {
        var (applicationId, groupId) = await CompletedAsync();
        using var staff = await SignedInAsync(app, Staff);

        using var response = await staff.GetAsync($"/api/v1/staff/groups/{groupId}/record", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(["groupId", "group", "regency", "publishedProducts", "programmes", "activity"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(groupId, body.GetProperty("groupId").GetInt32());
        var programme = body.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("applicationId").GetInt32() == applicationId);
        Assert.Equal(("completed", "Disnakertrans Provinsi Jambi"), (programme.GetProperty("status").GetString(), programme.GetProperty("partner").GetString()));
        var delivery = programme.GetProperty("deliveries").EnumerateArray().Single();
        Assert.Equal(("equipment", 7_500_000L, 1), (delivery.GetProperty("kind").GetString(), delivery.GetProperty("rupiah").GetInt64(), delivery.GetProperty("quantity").GetInt32()));
        var followUp = programme.GetProperty("followUp");
        Assert.True(followUp.GetProperty("isDue").GetBoolean());
        Assert.Equal(4_500_000L, followUp.GetProperty("monthlySales").GetInt64());
        var months = body.GetProperty("activity").EnumerateArray().Select(m => m.GetProperty("month").GetString()!).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(months.Order(StringComparer.Ordinal), months);
    }

    [Fact]
    public async Task A_member_and_a_partner_officer_are_refused_anonymous_is_401_and_an_unknown_group_404()
    {
        var (_, groupId) = await CompletedAsync();
        using var member = await SignedInAsync(app, Member(1));
        using var officer = await SignedInAsync(app, "mitra2@uppka.test");
        using var staff = await SignedInAsync(app, Staff);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/staff/groups/{groupId}/record", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/staff/groups/{groupId}/record", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous(app).GetAsync($"/api/v1/staff/groups/{groupId}/record", Ct)).StatusCode);
        await ProblemAsync(await staff.GetAsync("/api/v1/staff/groups/987654/record", Ct), HttpStatusCode.NotFound);
    }
}
