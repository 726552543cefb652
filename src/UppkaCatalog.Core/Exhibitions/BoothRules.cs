using System.Globalization;
using UppkaCatalog.Core.Catalog;
using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Exhibitions;

/// <summary>Where the registration window of an exhibition stands at a moment.</summary>
public enum RegistrationWindow
{
    NotYetOpen,
    Open,
    Closed,
}

/// <summary>
/// The rules of a group's booth, in one place for the service, the pages and the tests: the time
/// windows shared by every exhibition feature, and the shape of a booth (tagline, up to 12 products,
/// exhibition prices). Field keys are the API's camelCase names; messages are <see cref="ServiceMessages"/>.
/// </summary>
public static class BoothRules
{
    public const int MaxTaglineLength = 200;
    public const int MaxProducts = 12;

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>A null bound is open on that side; the closing moment itself is already closed.</summary>
    public static RegistrationWindow RegistrationAt(Exhibition e, DateTimeOffset now) =>
        e.RegistrationOpensAt is { } opens && now < opens ? RegistrationWindow.NotYetOpen
        : e.RegistrationClosesAt is { } closes && now >= closes ? RegistrationWindow.Closed
        : RegistrationWindow.Open;

    /// <summary>Applying and withdrawing an application: published and inside the registration window.</summary>
    public static bool CanApply(Exhibition e, DateTimeOffset now) =>
        e.Status == ExhibitionStatus.Published && RegistrationAt(e, now) == RegistrationWindow.Open;

    /// <summary>Editing an application or an accepted booth: published and not yet ended.</summary>
    public static bool CanEdit(Exhibition e, BoothStatus status, DateTimeOffset now) =>
        e.Status == ExhibitionStatus.Published && now < e.EndsAt && status is BoothStatus.Applied or BoothStatus.Accepted;

    /// <summary>
    /// An application may be withdrawn while registration is open. An accepted booth may be withdrawn until the
    /// exhibition opens: after that buyers may already have it open or shared, and a hole in the hall mid-event
    /// is staff's call (they can remove a booth), not the group's.
    /// </summary>
    public static bool CanWithdraw(Exhibition e, BoothStatus status, DateTimeOffset now) =>
        e.Status == ExhibitionStatus.Published && status switch
        {
            BoothStatus.Applied => RegistrationAt(e, now) == RegistrationWindow.Open,
            BoothStatus.Accepted => now < e.StartsAt,
            _ => false,
        };

    /// <summary>Why applying is refused now, in words for the member; null when it is allowed.</summary>
    public static string? WhyNotApply(Exhibition e, DateTimeOffset now)
    {
        if (e.Status == ExhibitionStatus.Archived) return ServiceMessages.ExhibitionClosedNoApply;
        return RegistrationAt(e, now) switch
        {
            RegistrationWindow.NotYetOpen => ServiceMessages.RegistrationNotYetOpen(e.RegistrationOpensAt!.Value),
            RegistrationWindow.Closed => ServiceMessages.RegistrationClosedAt(e.RegistrationClosesAt!.Value),
            _ => null,
        };
    }

    /// <summary>Why editing the booth is refused now; null when it is allowed.</summary>
    public static string? WhyNotEdit(Exhibition e, BoothStatus status, DateTimeOffset now)
    {
        if (e.Status == ExhibitionStatus.Archived) return ServiceMessages.ExhibitionClosedNoEdit;
        if (now >= e.EndsAt) return ServiceMessages.ExhibitionEndedNoEdit;
        return status switch
        {
            BoothStatus.Rejected => ServiceMessages.BoothRejectedNoEdit,
            BoothStatus.Withdrawn => ServiceMessages.BoothWithdrawnNoEdit,
            _ => null,
        };
    }

    /// <summary>Why withdrawing is refused now; null when it is allowed.</summary>
    public static string? WhyNotWithdraw(Exhibition e, BoothStatus status, DateTimeOffset now)
    {
        if (e.Status == ExhibitionStatus.Archived) return ServiceMessages.ExhibitionClosed;
        return status switch
        {
            BoothStatus.Applied when RegistrationAt(e, now) != RegistrationWindow.Open => ServiceMessages.RegistrationClosedNoWithdraw,
            BoothStatus.Accepted when now >= e.StartsAt => ServiceMessages.ExhibitionStartedNoWithdraw,
            BoothStatus.Rejected or BoothStatus.Withdrawn => ServiceMessages.NothingToWithdraw,
            _ => null,
        };
    }

    /// <summary>Trims the tagline; keeps the products as given (their order is the booth's order).</summary>
    public static BoothInput Normalize(BoothInput input) => input with { Tagline = input.Tagline?.Trim() ?? "" };

    /// <summary>Checks what needs no database: tagline, the number of products, duplicates, prices above zero.</summary>
    public static Dictionary<string, string> CheckShape(BoothInput b)
    {
        var e = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(b.Tagline)) e["tagline"] = ServiceMessages.TaglineMissing;
        else if (b.Tagline.Length > MaxTaglineLength) e["tagline"] = ServiceMessages.TaglineTooLong(MaxTaglineLength, b.Tagline.Length);

        if (b.Products.Count == 0) e["products"] = ServiceMessages.BoothProductsMissing;
        else if (b.Products.Count > MaxProducts) e["products"] = ServiceMessages.BoothTooManyProducts(MaxProducts, b.Products.Count);

        var seen = new HashSet<int>();
        for (var i = 0; i < b.Products.Count; i++)
        {
            if (!seen.Add(b.Products[i].ProductId)) e.TryAdd($"products[{i}].productId", ServiceMessages.BoothProductRepeated);
            if (b.Products[i].ExhibitionPrice is <= 0) e.TryAdd($"products[{i}].exhibitionPrice", ServiceMessages.ExhibitionPriceNotPositive);
        }

        return e;
    }

    /// <summary>
    /// Checks each chosen product against the group's own products: unknown ones (another group's included:
    /// the member must not learn they exist) and unpublished ones are refused, and an exhibition price must be
    /// below the normal price. <paramref name="alreadyFeatured"/> may stay though no longer published (the buyer
    /// page hides them), so a product sent back to review does not lock the booth.
    /// </summary>
    public static void CheckProducts(Dictionary<string, string> e, BoothInput b, IReadOnlyDictionary<int, Product> own, IReadOnlySet<int> alreadyFeatured)
    {
        for (var i = 0; i < b.Products.Count; i++)
        {
            var chosen = b.Products[i];
            if (!own.TryGetValue(chosen.ProductId, out var p))
            {
                e.TryAdd($"products[{i}].productId", ServiceMessages.BoothProductUnknown);
                continue;
            }

            if (p.Status != ProductStatus.Published && !alreadyFeatured.Contains(p.Id))
            {
                e.TryAdd($"products[{i}].productId", ServiceMessages.BoothProductNotPublished(p.Name));
            }

            if (chosen.ExhibitionPrice is > 0 and var price && price >= p.Price)
            {
                e.TryAdd($"products[{i}].exhibitionPrice", ServiceMessages.ExhibitionPriceNotBelowNormal(p.Price));
            }
        }
    }

    /// <summary>A moment as members read it: "Senin, 30 November 2026 pukul 00.00 WIB" (in every UI language).</summary>
    public static string Moment(DateTimeOffset at) =>
        at.ToWib().ToString("dddd, d MMMM yyyy 'pukul' HH.mm", Indonesian) + " WIB";
}
