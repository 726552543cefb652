using UppkaCatalog.Core.Common;
using UppkaCatalog.Core.Resources;

namespace UppkaCatalog.Core.Programmes;

/// <summary>The programme rules in one place, for the service, the pages and the tests. Field keys are the input's camelCase names.</summary>
public static class ProgrammeRules
{
    public const int MaxTitleLength = 160;
    public const int MaxSlugLength = 120;
    public const int MaxDescriptionLength = 4000;
    public const int MaxLocationLength = 200;
    public const int MaxRequirementsLength = 2000;
    public const int MaxQuota = 10_000;
    public const int MaxSeatsPerGroup = 50;
    public const int MaxSessions = 30;

    /// <summary>A wall-clock time typed in WIB → the moment in UTC (WIB has no daylight saving, so this is exact).</summary>
    public static DateTimeOffset FromWib(DateTime wallClock) =>
        new DateTimeOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Wib.Offset).ToUniversalTime();

    public static string SlugFor(ProgrammeInput input) =>
        Slug.From(string.IsNullOrWhiteSpace(input.Slug) ? input.Title ?? "" : input.Slug, MaxSlugLength);

    /// <summary>Checks everything a save needs but the regencies (which need the reference data); errors per field.</summary>
    public static Dictionary<string, string> Check(ProgrammeInput p)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(p.Title)) e["title"] = ProgrammeMessages.TitleMissing;
        else if (p.Title.Trim().Length > MaxTitleLength) e["title"] = ProgrammeMessages.TitleTooLong(MaxTitleLength);
        if (p.Slug?.Trim().Length > MaxSlugLength) e["slug"] = ProgrammeMessages.SlugTooLong(MaxSlugLength);
        if (p.Kind is null || !Enum.IsDefined(p.Kind.Value)) e["kind"] = ProgrammeMessages.KindMissing;
        if (p.Description?.Trim().Length > MaxDescriptionLength) e["description"] = ProgrammeMessages.DescriptionTooLong(MaxDescriptionLength);
        if (p.Location?.Trim().Length > MaxLocationLength) e["location"] = ProgrammeMessages.LocationTooLong(MaxLocationLength);
        if (p.Requirements?.Trim().Length > MaxRequirementsLength) e["requirements"] = ProgrammeMessages.RequirementsTooLong(MaxRequirementsLength);
        if (p.ApplicationOpensAtWib is null) e["applicationOpensAt"] = ProgrammeMessages.OpensMissing;
        if (p.ApplicationClosesAtWib is null) e["applicationClosesAt"] = ProgrammeMessages.ClosesMissing;
        if (p.ApplicationOpensAtWib is { } o && p.ApplicationClosesAtWib is { } c && c <= o) e["applicationClosesAt"] = ProgrammeMessages.ClosesBeforeOpens;
        if (p.Quota is not (>= 1 and <= MaxQuota)) e["quota"] = ProgrammeMessages.QuotaInvalid(MaxQuota);
        if (p.SeatsPerGroup is { } seats && seats is < 1 or > MaxSeatsPerGroup) e["seatsPerGroup"] = ProgrammeMessages.SeatsInvalid(MaxSeatsPerGroup);
        if (p.Sessions.Count > MaxSessions) e["sessions"] = ProgrammeMessages.TooManySessions(MaxSessions);
        for (var i = 0; i < p.Sessions.Count && !e.ContainsKey("sessions"); i++)
        {
            var s = p.Sessions[i];
            if (s.StartsAtWib is null || s.EndsAtWib is null) e["sessions"] = ProgrammeMessages.SessionIncomplete(i + 1);
            else if (s.EndsAtWib <= s.StartsAtWib) e["sessions"] = ProgrammeMessages.SessionEndsBeforeStart(i + 1);
            else if (s.Place?.Trim().Length > MaxLocationLength) e["sessions"] = ProgrammeMessages.SessionPlaceTooLong(i + 1, MaxLocationLength);
        }

        return e;
    }
}
