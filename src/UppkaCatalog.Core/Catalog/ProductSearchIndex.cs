using System.Globalization;
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
    /// Products whose indexed text holds every query word as a word prefix; with <paramref name="tier"/>, only those
    /// of that relevance tier (<see cref="TierCount"/>). The tiers partition the matches.
    /// </summary>
    public static IQueryable<SearchHit> Match(AppDbContext db, IReadOnlyList<string> words, int? tier = null) =>
        db.Database.IsNpgsql() ? MatchPostgres(db, words, tier) : MatchSqlite(db, MatchExpression(words, tier)!);

    private static IQueryable<SearchHit> MatchSqlite(AppDbContext db, string matchExpression) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS ProductId FROM ProductSearch WHERE ProductSearch MATCH {matchExpression}
            """);

    /// <summary>
    /// The words go in as one text[] parameter; <c>uppka_search_query</c> makes each a quoted prefix and ANDs them, so
    /// nothing a buyer types is tsquery syntax; IMMUTABLE, so the planner sees the constant tsquery. A tier matches
    /// against the name's words, or the name, category and group's, each with its GIN index and statistics
    /// (migration SearchTiers).
    /// </summary>
    private static IQueryable<SearchHit> MatchPostgres(AppDbContext db, IReadOnlyList<string> words, int? tier)
    {
        var w = words.ToArray();
        return tier switch
        {
            null => db.Database.SqlQuery<SearchHit>($$"""
                SELECT s."ProductId" FROM "ProductSearch" s WHERE s."Document" @@ uppka_search_query({{w}})
                """),
            0 => db.Database.SqlQuery<SearchHit>($$"""
                SELECT s."ProductId" FROM "ProductSearch" s WHERE s."Name" @@ uppka_search_query({{w}})
                """),
            1 => db.Database.SqlQuery<SearchHit>($$"""
                SELECT s."ProductId" FROM "ProductSearch" s
                WHERE s."Named" @@ uppka_search_query({{w}}) AND NOT s."Name" @@ uppka_search_query({{w}})
                """),
            _ => db.Database.SqlQuery<SearchHit>($$"""
                SELECT s."ProductId" FROM "ProductSearch" s
                WHERE s."Document" @@ uppka_search_query({{w}}) AND NOT s."Named" @@ uppka_search_query({{w}})
                """),
        };
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

/// <summary>One full-text match.</summary>
internal sealed class SearchHit
{
    public int ProductId { get; set; }
}
