using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Catalog;

/// <summary>
/// The one place the catalogue's full-text query lives. SQLite FTS5: the <c>ProductSearch</c> table
/// and the triggers that keep it in step with products, categories and groups are created by the
/// <c>CatalogSearch</c> migration. PostgreSQL: a <c>ProductSearch</c> table of weighted tsvectors
/// (unaccented <c>simple</c> words: see PostgresSearchSql for why not stems) with a GIN index, kept by
/// triggers too (UppkaCatalog.Core.PostgreSQL, <c>PostgresSearchSql</c>). The filters, sorting and paging
/// around it are plain LINQ and serve both.
/// </summary>
internal static class ProductSearchIndex
{
    /// <summary>Longer input is cut: nobody types more, and it bounds the work one request can ask for.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Words past this are dropped (every word narrows the result; eight already say enough).</summary>
    public const int MaxWords = 8;

    /// <summary>
    /// Relevance tiers, best first (issue 15): 0 every word in the product's name; 1 every word in the name, category
    /// or group name (and not tier 0); 2 the rest (some word only in the description). Within a tier the catalogue
    /// shows the newest first, so a page of relevance is a page of an index walk by date, never a rank of every match.
    /// </summary>
    public const int TierCount = 3;

    /// <summary>
    /// The products of <paramref name="filtered"/> (already narrowed to public products and the filters) whose indexed text
    /// holds every query word as a word prefix, with their sort keys; with <paramref name="tier"/>, only those of that
    /// relevance tier (<see cref="TierCount"/>). The tiers partition the matches.
    /// </summary>
    /// <remarks>
    /// PostgreSQL answers from its search table alone: it carries each product's price, publication date and whether it is
    /// public (migration SearchSortKeys) beside the words and the filters as words (<paramref name="facets"/>), so the
    /// planner either walks one of its sort indexes, checking each row in place, or reads the matches through the GIN
    /// indexes and sorts them; a join to Products made it walk the price index past 85,000 products, probing the search
    /// table for each, when the matches lay at the other end of the prices (issue 15). The price range is the one filter
    /// that is no word: it is applied here. SQLite: an FTS5 match over <paramref name="filtered"/>.
    /// </remarks>
    /// <param name="onlyIds">Products to keep (the "verified permits" filter, issue 16), as a subquery; SQLite has it in
    /// <paramref name="filtered"/> already, PostgreSQL applies it to the search rows.</param>
    public static IQueryable<SearchRow> Matches(AppDbContext db, IQueryable<Product> filtered, IReadOnlyList<string> words, int? tier,
        IReadOnlyList<string> facets, long? minPrice, long? maxPrice, IQueryable<int>? onlyIds = null)
    {
        if (!db.Database.IsNpgsql())
        {
            // IN (subquery), not EXISTS: SQLite runs the FTS5 match once into a temporary index and probes it per product
            // (correlated, it re-ran the match for every product a walk by date visited).
            var matching = MatchSqlite(db, MatchExpression(words, tier)!);
            return filtered.Where(p => matching.Select(h => h.ProductId).Contains(p.Id)).Select(SearchRow.Of);
        }

        var rows = MatchPostgres(db, words, tier, facets);
        if (minPrice is { } min) rows = rows.Where(r => r.Price >= min);
        if (maxPrice is { } max) rows = rows.Where(r => r.Price <= max);
        if (onlyIds is not null) rows = rows.Where(r => onlyIds.Contains(r.ProductId));
        return rows;
    }

    /// <summary>Whether <see cref="Matches"/> rows carry their relevance tier (PostgreSQL), so one read can be ordered by it.</summary>
    public static bool RowsKnowTheirTier(AppDbContext db) => db.Database.IsNpgsql();

    /// <summary>
    /// The filters as the words PostgreSQL's <c>ProductSearch."Facets"</c> holds (migration SearchTiers): category, the
    /// group's regency, availability and each permit required, kept by the triggers. On PostgreSQL they are the filters of
    /// a search with words (Matches); SQLite ignores them and filters the products in LINQ.
    /// </summary>
    public static IReadOnlyList<string> Facets(int? categoryId, int? regencyId, Availability? availability, Certification certifications)
    {
        var facets = new List<string>();
        if (categoryId is { } c) facets.Add(FormattableString.Invariant($"c{c}"));
        if (regencyId is { } r) facets.Add(FormattableString.Invariant($"r{r}"));
        if (availability is { } a) facets.Add(FormattableString.Invariant($"a{(int)a}"));
        if (certifications.HasFlag(Certification.Halal)) facets.Add("halal");
        if (certifications.HasFlag(Certification.Pirt)) facets.Add("pirt");
        if (certifications.HasFlag(Certification.Bpom)) facets.Add("bpom");
        return facets;
    }

    private static IQueryable<SearchHit> MatchSqlite(AppDbContext db, string matchExpression) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS ProductId FROM ProductSearch WHERE ProductSearch MATCH {matchExpression}
            """);

    /// <summary>
    /// Public products only (<c>"Visible"</c>: published, of an active group, kept by the triggers), each with its
    /// relevance tier. The words go in as one text[] parameter; <c>uppka_search_query</c> makes each a quoted prefix and
    /// ANDs them, so nothing a buyer types is tsquery syntax; IMMUTABLE, so the planner sees the constant tsquery. A tier matches
    /// against the name's words, or the name, category and group's, each with its GIN index and statistics
    /// (migration SearchTiers).
    /// </summary>
    private static IQueryable<SearchRow> MatchPostgres(AppDbContext db, IReadOnlyList<string> words, int? tier, IReadOnlyList<string> facets)
    {
        // Only fixed SQL is put together here; the words and facets are the parameters {0} and {1} (each one text[]:
        // hence the object[] around them, or a string[] would be taken for the parameter list itself).
        var where = tier switch
        {
            null => """s."Document" @@ uppka_search_query({0})""",
            0 => """s."Name" @@ uppka_search_query({0})""",
            1 => """s."Named" @@ uppka_search_query({0}) AND NOT s."Name" @@ uppka_search_query({0})""",
            _ => """s."Document" @@ uppka_search_query({0}) AND NOT s."Named" @@ uppka_search_query({0})""",
        };
        // The tier of each row from its own tsvectors, so one read of the matches can order them by relevance too.
        const string Tier = """CASE WHEN s."Name" @@ uppka_search_query({0}) THEN 0 WHEN s."Named" @@ uppka_search_query({0}) THEN 1 ELSE 2 END""";
        var sql = "SELECT s.\"ProductId\", s.\"Price\", s.\"PublishedAt\", " + Tier + " AS \"Tier\" FROM \"ProductSearch\" s WHERE s.\"Visible\" AND " + where;
        if (facets.Count > 0) sql += " AND s.\"Facets\" @@ uppka_facet_query({1})";
        object[] parameters = facets.Count == 0 ? [words.ToArray()] : [words.ToArray(), facets.ToArray()];
        return db.Database.SqlQueryRaw<SearchRow>(sql, parameters);
    }

    /// <summary>
    /// The words of what a buyer typed: runs of letters and digits (with their accents), at most
    /// <see cref="MaxWords"/> from the first <see cref="MaxTextLength"/> characters. Everything else —
    /// quotes, <c>*</c>, <c>-</c>, brackets — separates words, so FTS syntax typed by a buyer is never syntax.
    /// </summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var input = Cut(text).Normalize(NormalizationForm.FormC);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in input)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
                continue;
            }

            Flush();
            if (words.Count == MaxWords) break;
        }

        Flush();
        return words.Count > MaxWords ? words[..MaxWords] : words;

        void Flush()
        {
            // A word needs a letter or digit: a lone accent mark is no word (and would match nothing).
            if (word.Length > 0 && word.ToString().Any(char.IsLetterOrDigit)) words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>
    /// Each word quoted (so AND, OR, NOT and NEAR are plain words) and made a prefix; words are ANDed. A tier restricts
    /// the columns with FTS5 column filters: 0 the name, 1 name, category or group name but not tier 0, 2 the rest.
    /// </summary>
    public static string? MatchExpression(IReadOnlyList<string> words, int? tier = null)
    {
        if (words.Count == 0) return null;
        var all = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        const string Name = "{Name}", Named = "{Name Category GroupName}";
        return tier switch
        {
            null => all,
            0 => $"{Name} : ({all})",
            1 => $"({Named} : ({all})) NOT ({Name} : ({all}))",
            _ => $"({all}) NOT ({Named} : ({all}))",
        };
    }

    /// <summary>Trimmed and cut to <see cref="MaxTextLength"/> without splitting a surrogate pair.</summary>
    public static string Cut(string text)
    {
        var t = text.Trim();
        if (t.Length <= MaxTextLength) return t;
        var end = char.IsHighSurrogate(t[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
        return t[..end].TrimEnd();
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}

/// <summary>One full-text match (SQLite).</summary>
internal sealed class SearchHit
{
    public int ProductId { get; set; }
}

/// <summary>One public product a search found, with the keys it is sorted by.</summary>
internal sealed class SearchRow
{
    public int ProductId { get; set; }

    public long Price { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The relevance tier (ProductSearchIndex.TierCount) where the row knows it: PostgreSQL's matches; 0 otherwise.</summary>
    public int Tier { get; set; }

    public static readonly Expression<Func<Product, SearchRow>> Of =
        p => new SearchRow { ProductId = p.Id, Price = p.Price, PublishedAt = p.PublishedAt, Tier = 0 };
}
