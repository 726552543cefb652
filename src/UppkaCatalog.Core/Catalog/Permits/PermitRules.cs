using UppkaCatalog.Core.Programmes;

namespace UppkaCatalog.Core.Catalog.Permits;

/// <summary>The permit-verification rules in one place: limits, words, which products are food, what is private.</summary>
public static class PermitRules
{
    /// <summary>Staff and the group are warned this many days before a verified halal certificate expires.</summary>
    public const int ExpiryWarningDays = 60;

    public const int QueuePageSize = 20;

    public const int MaxQueuePageSize = 100;

    public const int MaxNoteLength = 500;

    /// <summary>
    /// A halal expiry further ahead than this is taken for a typo (2207 for 2027): certificates issued before 2023 ran four
    /// years, and the ones issued since then are given a date by staff from the certificate or SIHALAL.
    /// </summary>
    public const int MaxExpiryYears = 25;

    public const int MaxReasonLength = 500;

    /// <summary>Media-key kind of certificate photos (<c>cert/{32 hex}/{width}.{format}</c>): never served by the public <c>/media</c> route.</summary>
    public const string CertificateMediaKind = "cert";

    public static readonly IReadOnlyList<PermitKind> Kinds = [PermitKind.Pirt, PermitKind.Halal, PermitKind.Bpom];

    /// <summary>
    /// Categories whose products are packaged food or drink, the ones a P-IRT (or BPOM) permit is for: the demo catalogue's
    /// food and drink categories, by slug (a category has no "food" flag; a new food category needs its slug here).
    /// </summary>
    public static readonly IReadOnlySet<string> FoodCategorySlugs =
        new HashSet<string>(["makanan-olahan", "kue-camilan", "minuman", "bumbu-rempah", "madu-hasil-hutan"], StringComparer.Ordinal);

    /// <summary>True for a key under the private certificate prefix: the public media route answers 404 for it.</summary>
    public static bool IsPrivateMediaKey(string? key) =>
        key is not null && key.StartsWith(CertificateMediaKind + "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The API's and URLs' word for a kind: <c>pirt</c>, <c>halal</c>, <c>bpom</c>.</summary>
    public static string Word(PermitKind kind) => kind switch
    {
        PermitKind.Pirt => "pirt",
        PermitKind.Halal => "halal",
        PermitKind.Bpom => "bpom",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Reads <c>pirt</c>/<c>halal</c>/<c>bpom</c> (any case, "p-irt" too); anything else is null.</summary>
    public static PermitKind? ParseKind(string? word) =>
        (word ?? "").Replace("-", "", StringComparison.Ordinal).Trim().ToLowerInvariant() switch
        {
            "pirt" => PermitKind.Pirt,
            "halal" => PermitKind.Halal,
            "bpom" => PermitKind.Bpom,
            _ => null,
        };

    /// <summary>The product's current number of that kind (null or blank: none).</summary>
    public static string? NumberOf(Product product, PermitKind kind) => kind switch
    {
        PermitKind.Pirt => product.PirtNumber,
        PermitKind.Halal => product.HalalNumber,
        PermitKind.Bpom => product.BpomNumber,
        _ => null,
    };
}
