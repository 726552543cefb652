using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>
/// The curation rules in one place, for the service, the pages and the tests. Field keys are the
/// input's camelCase names; messages (<see cref="ServiceMessages"/>, in the caller's language) say what to do.
/// </summary>
public static class ExhibitionRules
{
    public const int MaxTitleLength = 160;
    public const int MaxSlugLength = 120;
    public const int MaxThemeLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxHallNameLength = 120;
    public const int MaxBoothNumberLength = 20;

    /// <summary>The booth's DecisionReason column holds 500 characters.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>A wall-clock time typed in WIB → the moment in UTC (WIB has no daylight saving, so this is exact).</summary>
    public static DateTimeOffset FromWib(DateTime wallClock) =>
        new DateTimeOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Wib.Offset).ToUniversalTime();

    /// <summary>A stored moment → the wall-clock time a form shows in WIB.</summary>
    public static DateTime ToWibWallClock(DateTimeOffset moment) => DateTime.SpecifyKind(moment.ToWib().DateTime, DateTimeKind.Unspecified);

    /// <summary>The slug as typed, made address-safe; blank → made from the title.</summary>
    public static string SlugFor(ExhibitionInput input) =>
        Slug.From(string.IsNullOrWhiteSpace(input.Slug) ? input.Title ?? "" : input.Slug, MaxSlugLength);

    /// <summary>Checks everything a save needs; returns the errors per field (empty when fine).</summary>
    public static Dictionary<string, string> Check(ExhibitionInput p)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(p.Title)) e["title"] = ServiceMessages.ExhibitionTitleMissing;
        else if (p.Title.Trim().Length > MaxTitleLength) e["title"] = ServiceMessages.ExhibitionTitleTooLong(MaxTitleLength);
        if (p.Slug?.Trim().Length > MaxSlugLength) e["slug"] = ServiceMessages.ExhibitionSlugTooLong(MaxSlugLength);
        if (p.Theme?.Trim().Length > MaxThemeLength) e["theme"] = ServiceMessages.ExhibitionThemeTooLong(MaxThemeLength);
        if (p.Description?.Trim().Length > MaxDescriptionLength) e["description"] = ServiceMessages.ExhibitionDescriptionTooLong;

        if (p.StartsAtWib is null) e["startsAt"] = ServiceMessages.ExhibitionStartMissing;
        if (p.EndsAtWib is null) e["endsAt"] = ServiceMessages.ExhibitionEndMissing;
        if (p.StartsAtWib is { } starts && p.EndsAtWib is { } ends && ends <= starts)
        {
            e["endsAt"] = ServiceMessages.ExhibitionEndsBeforeStart;
        }

        var opens = p.RegistrationOpensAtWib;
        var closes = p.RegistrationClosesAtWib;
        if (opens is { } o && closes is { } c && c <= o)
        {
            e["registrationClosesAt"] = ServiceMessages.RegistrationClosesBeforeOpens;
        }

        if (p.EndsAtWib is { } end)
        {
            if (closes is { } c2 && c2 > end && !e.ContainsKey("registrationClosesAt"))
            {
                e["registrationClosesAt"] = ServiceMessages.RegistrationClosesAfterEnd;
            }

            if (opens is { } o2 && o2 >= end)
            {
                e["registrationOpensAt"] = ServiceMessages.RegistrationOpensAfterEnd;
            }
        }

        return e;
    }

    /// <summary>Trimmed hall name, or the reason it cannot be used.</summary>
    public static string CheckHallName(string? name)
    {
        var clean = name?.Trim();
        if (string.IsNullOrEmpty(clean)) throw new ValidationException("hallName", ServiceMessages.HallNameMissing);
        if (clean.Length > MaxHallNameLength) throw new ValidationException("hallName", ServiceMessages.HallNameTooLong(MaxHallNameLength));
        return clean;
    }

    /// <summary>Booth numbers are compared and stored upper-case ("a-3 " and "A-3" are one number).</summary>
    public static string CheckBoothNumber(string? number)
    {
        var clean = number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(clean)) throw new ValidationException("number", ServiceMessages.BoothNumberMissing);
        if (clean.Length > MaxBoothNumberLength) throw new ValidationException("number", ServiceMessages.BoothNumberTooLong(MaxBoothNumberLength));
        return clean;
    }

    /// <summary>A staff decision's trimmed reason, or <paramref name="missing"/> (what the reason is for) when there is none.</summary>
    public static string CheckReason(string? reason, string missing)
    {
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why)) throw new ValidationException("reason", missing);
        if (why.Length > MaxReasonLength) throw new ValidationException("reason", ServiceMessages.ReasonTooLong(MaxReasonLength));
        return why;
    }
}
