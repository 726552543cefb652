using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.PostgreSQL.Migrations
{
    /// <summary>
    /// <c>uppka_search_query</c> becomes IMMUTABLE (it is: it calls only the IMMUTABLE unaccent wrapper, <c>lower</c>,
    /// <c>quote_literal</c> and <c>to_tsquery</c> with an explicit configuration). STABLE, the planner could not
    /// evaluate it while planning, so it saw an unknown tsquery, guessed 1,500 matches whatever the words, and chose
    /// nested loops of index look-ups even for 80,000 matches (bench/catalog-search.sh, 300,000 products). IMMUTABLE,
    /// the bound words are folded into a constant tsquery, which the tsvector statistics estimate: parallel scans,
    /// hash joins and sorts where a word is common, index look-ups where it is rare.
    /// </summary>
    public partial class SearchQueryImmutable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER FUNCTION uppka_search_query(text[]) IMMUTABLE;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER FUNCTION uppka_search_query(text[]) STABLE;");
        }
    }
}
