using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.PostgreSQL.Migrations
{
    /// <summary>
    /// Issue 15, search at 300,000 products: relevance in tiers instead of ts_rank over every match, and the price
    /// sorts through an index. <c>ProductSearch."Name"</c> (the name's words, weight A) and <c>"Named"</c> (name,
    /// category and group, A–C) beside the whole <c>"Document"</c>: tier 0 every word in the name, 1 every word in
    /// <c>Named</c> but not tier 0, 2 the other matches (some word only in the description). ProductSearchIndex.
    /// </summary>
    public partial class SearchTiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Products_Status_Price",
                table: "Products",
                columns: new[] { "Status", "Price" });

            // The tiers' own words, derived from the weighted document (ts_filter is IMMUTABLE), so the triggers stay as
            // they are; their own GIN indexes and statistics let the planner see how rare a name match is (a weight
            // in the tsquery, 'kopi':*A, is ignored by the estimate: it guessed every match and walked the whole table).
            migrationBuilder.Sql("""
                ALTER TABLE "ProductSearch"
                    ADD COLUMN "Name" tsvector GENERATED ALWAYS AS (ts_filter("Document", '{a}')) STORED,
                    ADD COLUMN "Named" tsvector GENERATED ALWAYS AS (ts_filter("Document", '{a,b,c}')) STORED;
                CREATE INDEX "IX_ProductSearch_Name" ON "ProductSearch" USING GIN ("Name");
                CREATE INDEX "IX_ProductSearch_Named" ON "ProductSearch" USING GIN ("Named");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "ProductSearch" DROP COLUMN "Name", DROP COLUMN "Named";""");

            migrationBuilder.DropIndex(
                name: "IX_Products_Status_Price",
                table: "Products");
        }
    }
}
