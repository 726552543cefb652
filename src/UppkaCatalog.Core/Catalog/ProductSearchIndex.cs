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
    /// Products whose indexed text holds every query word as a word prefix, with their bm25 rank (lower is
    /// better). Weights per column: a match in the name counts far more than one in the description.
    /// </summary>
    public static IQueryable<SearchHit> Match(AppDbContext db, IReadOnlyList<string> words) =>
        db.Database.IsNpgsql() ? MatchPostgres(db, words) : MatchSqlite(db, MatchExpression(words)!);

    private static IQueryable<SearchHit> MatchSqlite(AppDbContext db, string matchExpression) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS ProductId, bm25(ProductSearch, 10.0, 1.0, 3.0, 2.0) AS Rank
            FROM ProductSearch WHERE ProductSearch MATCH {matchExpression}
            """);

    /// <summary>
    /// The words go in as one text[] parameter; <c>uppka_search_query</c> makes each a quoted prefix and ANDs
    /// them, so nothing a buyer types is tsquery syntax. ts_rank is negated (lower is
    /// better, as bm25); its weights {D,C,B,A} = description 0.1, group 0.2, category 0.3, name 1.0.
    /// </summary>
    private static IQueryable<SearchHit> MatchPostgres(AppDbContext db, IReadOnlyList<string> words) =>
        db.Database.SqlQuery<SearchHit>($$"""
            SELECT s."ProductId", -ts_rank('{0.1,0.2,0.3,1.0}', s."Document", q.query)::double precision AS "Rank"
            FROM "ProductSearch" s, uppka_search_query({{words.ToArray()}}) AS q(query)
            WHERE s."Document" @@ q.query
            """);

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

    /// <summary>Each word quoted (so AND, OR, NOT and NEAR are plain words) and made a prefix; words are ANDed.</summary>
    public static string? MatchExpression(IReadOnlyList<string> words) =>
        words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\"*"));

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

/// <summary>One full-text match: the product and its bm25 rank.</summary>
internal sealed class SearchHit
{
    public int ProductId { get; set; }

    public double Rank { get; set; }
}
