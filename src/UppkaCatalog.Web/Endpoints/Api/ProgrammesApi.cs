using System.Text;
using UppkaCatalog.Core.Groups;
using UppkaCatalog.Core.Programmes;
using UppkaCatalog.Web.Infrastructure;

namespace UppkaCatalog.Web.Endpoints.Api;

/// <summary>
/// Public partner programmes over the same read model as <c>/program</c>: the list is the programmes taking applications
/// (now or later), one programme may also be closed or finished; a draft is a 404 problem. Nothing personal: no officer,
/// no partner contact, no applicant. Times are ISO 8601 in WIB, as the exhibitions' are.
/// </summary>
internal static class ProgrammesApi
{
    public static void MapProgrammesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/v1/programs", async (ProgrammeService programmes, CancellationToken ct) =>
            TypedResults.Ok((await programmes.ListPublicAsync(ct)).Select(ProgrammeJson.From).ToList()));

        api.MapGet("/v1/programs/{slug}", async (string slug, HttpContext http, ProgrammeService programmes, CancellationToken ct) =>
            TypedResults.Ok(ProgrammeDetailJson.From(await programmes.GetPublicAsync(slug, ct),
                http.RequestServices.GetRequiredService<PublicUrls>().Root(http.Request))))
            .WithDescription("404 problem for an unknown slug or a draft.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>An enum value in kebab case: <c>EquipmentAid</c> → <c>equipment-aid</c>, <c>FoodProcessing</c> → <c>food-processing</c>.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('-');
            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> Kebab<T>(IEnumerable<T> values) where T : struct, Enum => values.Select(Kebab).ToList();
}

/// <summary>A programme in the list; regencies as BPS codes, empty lists meaning "everyone".</summary>
internal sealed record ProgrammeJson(
    string Slug, string Title, string Partner, string Kind, string Status, string OpensAt, string ClosesAt, int Quota,
    IReadOnlyList<string> Regencies, IReadOnlyList<string> Sectors)
{
    public static ProgrammeJson From(ProgrammeView p) => new(p.Slug, p.Title, p.PartnerName, ProgrammesApi.Kebab(p.Kind), ProgrammesApi.Kebab(p.Status),
        ExhibitionsApi.Wib(p.ApplicationOpensAt), ExhibitionsApi.Wib(p.ApplicationClosesAt), p.Quota,
        p.Regencies.Select(r => r.Code).ToList(), ProgrammesApi.Kebab(p.Sectors));
}

internal sealed record ProgrammeDetailJson(
    string Slug, string Title, string Partner, string Kind, string Status, string OpensAt, string ClosesAt, int Quota,
    IReadOnlyList<string> Regencies, IReadOnlyList<string> Sectors,
    string Description, string Location, string Requirements, int SeatsPerGroup, IReadOnlyList<string> Stages, bool RequiresZakatDeclaration,
    IReadOnlyList<ProgrammeSessionJson> Sessions, string Url)
{
    public static ProgrammeDetailJson From(ProgrammeView p, string site)
    {
        var head = ProgrammeJson.From(p);
        return new(head.Slug, head.Title, head.Partner, head.Kind, head.Status, head.OpensAt, head.ClosesAt, head.Quota, head.Regencies, head.Sectors,
            p.Description, p.Location, p.Requirements, p.SeatsPerGroup, ProgrammesApi.Kebab(p.Stages), p.RequiresZakatDeclaration,
            p.Sessions.Select(s => new ProgrammeSessionJson(ExhibitionsApi.Wib(s.StartsAt), ExhibitionsApi.Wib(s.EndsAt), s.Place)).ToList(),
            site + ProgrammePaths.Programme(p.Slug));
    }
}

internal sealed record ProgrammeSessionJson(string StartsAt, string EndsAt, string Place);
