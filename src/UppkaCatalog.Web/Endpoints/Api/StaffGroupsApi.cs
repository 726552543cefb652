using UppkaCatalog.Core.Accounts;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Resources;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// The registry for staff scripts: the list (<c>GET /api/v1/staff/groups</c>, no leader data) and one group's new invitation
/// (<c>POST /api/v1/staff/groups/{id}/invitations</c>), over the same services as <c>/staf/kelompok</c>.
/// </summary>
internal static class StaffGroupsApi
{
    public static void MapStaffGroupsApi(this RouteGroupBuilder staff)
    {
        staff.MapGet("/groups", async (string? q, string? regency, string? sector, string? stage, string? online, string? page, HttpContext http,
            GroupRegistryService registry, CancellationToken ct) =>
        {
            // Unlike the page, a script is told about every value the registry does not know instead of getting every group.
            var errors = new Dictionary<string, string>();
            if (!RegistryWords.TryParseYesNo(online, out var isOnline)) errors["online"] = RegistryMessages.NotYesOrNo(online!.Trim());
            var result = await registry.SearchAsync(http.Caller(), new RegistryQuery
            {
                Text = q, Regency = regency, Sector = sector, Stage = stage, Online = isOnline, Page = CatalogWords.ParsePage(page),
            }, ct);
            foreach (var (field, message) in result.Unknown) errors[field] = message;
            if (errors.Count > 0) throw new ValidationException(errors);
            var rows = result.Rows;
            return TypedResults.Ok(new RegistryPageJson(rows.Items.Select(RegistryItemJson.From).ToList(), rows.TotalCount, rows.Page, rows.PageSize, rows.PageCount));
        }).ProducesProblem(StatusCodes.Status400BadRequest);

        staff.MapPost("/groups/{id:int}/invitations", async (int id, HttpContext http, InvitationService invitations, PublicUrls urls, CancellationToken ct) =>
        {
            var share = InvitationShare.For(await invitations.InviteGroupAsync(http.Caller(), id, ct), urls.Root(http.Request));
            return TypedResults.Created((string?)null, new InvitationJson(share.Url, share.WhatsAppUrl, share.ExpiresAt));
        })
        .WithDescription("A new single-use invitation link for the group's leader (7 days); the group's earlier usable links end. whatsAppUrl opens "
            + "WhatsApp to the leader's phone with an Indonesian message and the link; null when the registry has no mobile number for the leader. "
            + "404 for an unknown group, 409 for an inactive or already online one.")
        .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}

/// <summary>A page of the registry; items carry no leader data.</summary>
internal sealed record RegistryPageJson(IReadOnlyList<RegistryItemJson> Items, int Total, int Page, int PageSize, int PageCount);

internal sealed record RegistryItemJson(int Id, string RegistrationNumber, string Name, string RegencyCode, bool Online, int PublishedProducts)
{
    public static RegistryItemJson From(RegistryRow r) => new(r.Id, r.RegistrationNumber, r.Name, r.RegencyCode, r.Online, r.PublishedProducts);
}

internal sealed record InvitationJson(string Url, string? WhatsAppUrl, DateTimeOffset ExpiresAt);
