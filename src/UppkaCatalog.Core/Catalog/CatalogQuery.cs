using UppkaCatalog.Core.Common;

namespace UppkaCatalog.Core.Catalog;

public enum CatalogSort
{
    /// <summary>Best full-text match first; without search words it means <see cref="Newest"/>.</summary>
    Relevance = 0,
    Newest = 1,
    Cheapest = 2,
    MostExpensive = 3,
}

/// <summary>Permits a buyer can ask for; several at once mean a product must hold each of them.</summary>
[Flags]
public enum Certification
{
    None = 0,
    Halal = 1,
    Pirt = 2,
    Bpom = 4,
}

/// <summary>
/// What a buyer asks the catalogue for. Every part is optional. The service ignores a category or
/// regency that does not exist and clamps the page, so any value here gives a sensible answer.
/// </summary>
public sealed record CatalogQuery
{
    /// <summary>Search words, matched as word prefixes in name, description, category and group name.</summary>
    public string? Text { get; init; }

    /// <summary>Category slug (<c>kue-camilan</c>).</summary>
    public string? Category { get; init; }

    /// <summary>Regency slug (<c>muaro-jambi</c>) or BPS code (<c>1505</c>).</summary>
    public string? Regency { get; init; }

    /// <summary>Lowest price in whole rupiah, inclusive.</summary>
    public long? MinPrice { get; init; }

    /// <summary>Highest price in whole rupiah, inclusive.</summary>
    public long? MaxPrice { get; init; }

    public Certification Certifications { get; init; }

    public Availability? Availability { get; init; }

    /// <summary>
    /// "Izin terverifikasi" (<c>terverifikasi=1</c>): only products with a permit staff verified; together with
    /// <see cref="Certifications"/>, each permit asked for must be verified (issue 16).
    /// </summary>
    public bool VerifiedOnly { get; init; }

    /// <summary>Null: relevance when there are search words, newest otherwise.</summary>
    public CatalogSort? Sort { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>Any filter besides the search words (for "clear filters").</summary>
    public bool HasFilters => Category is not null || Regency is not null || MinPrice is not null || MaxPrice is not null
        || Certifications != Certification.None || Availability is not null || VerifiedOnly;
}

/// <summary>
/// The catalogue's public URL vocabulary (<c>/katalog?urut=termurah&amp;tersedia=siap&amp;sertifikat=halal</c>):
/// one mapping used to read a request and to write links. Unknown words read as "not given".
/// </summary>
public static class CatalogWords
{
    private static readonly (CatalogSort Sort, string Word)[] Sorts =
        [(CatalogSort.Relevance, "relevan"), (CatalogSort.Newest, "terbaru"), (CatalogSort.Cheapest, "termurah"), (CatalogSort.MostExpensive, "termahal")];

    private static readonly (Availability Availability, string Word)[] Availabilities =
        [(Catalog.Availability.Ready, "siap"), (Catalog.Availability.PreOrder, "po"), (Catalog.Availability.OutOfStock, "habis")];

    private static readonly (Certification Certification, string Word)[] Certifications =
        [(Certification.Halal, "halal"), (Certification.Pirt, "pirt"), (Certification.Bpom, "bpom")];

    public static IEnumerable<Certification> AllCertifications => Certifications.Select(c => c.Certification);

    public static string Word(CatalogSort sort) => Sorts.First(s => s.Sort == sort).Word;

    public static string Word(Availability availability) => Availabilities.First(a => a.Availability == availability).Word;

    public static string Word(Certification certification) => Certifications.First(c => c.Certification == certification).Word;

    /// <summary>The catalogue's query parameter for <see cref="CatalogQuery.VerifiedOnly"/> (<c>terverifikasi=1</c>).</summary>
    public const string VerifiedParameter = "terverifikasi";

    /// <summary><c>1</c>, <c>true</c>, <c>ya</c> (any case) are "yes"; anything else is "not given".</summary>
    public static bool ParseFlag(string? word) => word?.Trim().ToLowerInvariant() is "1" or "true" or "ya" or "on";

    public static CatalogSort? ParseSort(string? word) =>
        Sorts.Where(s => Same(s.Word, word)).Select(s => (CatalogSort?)s.Sort).FirstOrDefault();

    public static Availability? ParseAvailability(string? word) =>
        Availabilities.Where(a => Same(a.Word, word)).Select(a => (Availability?)a.Availability).FirstOrDefault();

    /// <summary>Repeated parameters or a comma list (<c>halal,bpom</c>); unknown words are skipped.</summary>
    public static Certification ParseCertifications(IEnumerable<string?>? words)
    {
        var result = Certification.None;
        foreach (var word in (words ?? []).SelectMany(w => (w ?? "").Split(',')))
        {
            result |= Certifications.Where(c => Same(c.Word, word)).Select(c => c.Certification).FirstOrDefault();
        }

        return result;
    }

    /// <summary>Whole rupiah as people write it ("25.000", "Rp 25.000", "25000"); anything else (or a negative) is no price.</summary>
    public static long? ParsePrice(string? text) => Rupiah.TryParse(text, out var amount) ? amount : null;

    /// <summary>A page number; missing, unreadable or below 1 is page 1, beyond what an int holds is the last page there is.</summary>
    public static int ParsePage(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return 1;
        if (int.TryParse(t, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var page)) return page;
        return t.Length > 1 && t.Skip(t[0] == '+' ? 1 : 0).All(char.IsAsciiDigit) ? int.MaxValue : 1;
    }

    private static bool Same(string word, string? given) => string.Equals(word, given?.Trim(), StringComparison.OrdinalIgnoreCase);
}
