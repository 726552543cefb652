using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.PostgreSQL.Migrations
{
    /// <summary>
    /// Issue 15, search at 300,000 products: relevance in tiers instead of ts_rank over every match, and the price
    /// sorts through an index. <c>ProductSearch."Name"</c> (the name's words, weight A) and <c>"Named"</c> (name,
    /// category and group, A–C) beside the whole <c>"Document"</c>: tier 0 every word in the name, 1 every word in
    /// <c>Named</c> but not tier 0, 2 the other matches (some word only in the description). <c>"Facets"</c>: the
    /// filters as words (below). ProductSearchIndex.
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

            // The filters as words of their own ("c12" category, "r7" regency, "a0" availability, "halal", "pirt",
            // "bpom"), so a search ANDs words and filters in the GIN indexes (a BitmapAnd) instead of walking every
            // match of a common word to the few in one category. Kept by the same triggers, now also on availability,
            // the permit numbers and a group's regency. The filters stay in the query too (ProductSearchIndex).
            migrationBuilder.Sql("""
                CREATE FUNCTION uppka_search_facets(category_id integer, regency_id integer, availability integer,
                                                    halal text, pirt text, bpom text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT array_to_tsvector(array_remove(ARRAY[
                           'c' || coalesce(category_id::text, 'none'), 'r' || coalesce(regency_id::text, 'none'), 'a' || availability::text,
                           CASE WHEN btrim(coalesce(halal, '')) <> '' THEN 'halal' END,
                           CASE WHEN btrim(coalesce(pirt, '')) <> '' THEN 'pirt' END,
                           CASE WHEN btrim(coalesce(bpom, '')) <> '' THEN 'bpom' END], NULL)) $$;
                CREATE FUNCTION uppka_facet_query(facets text[]) RETURNS tsquery
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT uppka_tsquery_and(quote_literal(f)::tsquery) FROM unnest(facets) AS f $$;
                ALTER TABLE "ProductSearch" ADD COLUMN "Facets" tsvector NOT NULL DEFAULT ''::tsvector;
                UPDATE "ProductSearch" s SET "Facets" = uppka_search_facets(p."CategoryId", g."RegencyId", p."Availability",
                                                                            p."HalalNumber", p."PirtNumber", p."BpomNumber")
                FROM "Products" p JOIN "Groups" g ON g."Id" = p."GroupId" WHERE p."Id" = s."ProductId";
                CREATE INDEX "IX_ProductSearch_Facets" ON "ProductSearch" USING GIN ("Facets");
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION uppka_product_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ProductSearch" ("ProductId", "Document", "Facets")
                    SELECT p."Id", uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", g."Name"),
                           uppka_search_facets(p."CategoryId", g."RegencyId", p."Availability", p."HalalNumber", p."PirtNumber", p."BpomNumber")
                    FROM "Products" p
                    LEFT JOIN "Categories" c ON c."Id" = p."CategoryId"
                    LEFT JOIN "Groups" g ON g."Id" = p."GroupId"
                    WHERE p."Id" = NEW."Id"
                    ON CONFLICT ("ProductId") DO UPDATE SET "Document" = excluded."Document", "Facets" = excluded."Facets";
                    RETURN NULL;
                END $$;
                DROP TRIGGER "ProductSearch_AfterProductWrite" ON "Products";
                CREATE TRIGGER "ProductSearch_AfterProductWrite"
                    AFTER INSERT OR UPDATE OF "Name", "Description", "CategoryId", "GroupId", "Availability",
                                              "HalalNumber", "PirtNumber", "BpomNumber" ON "Products"
                    FOR EACH ROW EXECUTE FUNCTION uppka_product_search_refresh();
                CREATE OR REPLACE FUNCTION uppka_product_search_group() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ProductSearch" s
                    SET "Document" = uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", NEW."Name"),
                        "Facets" = uppka_search_facets(p."CategoryId", NEW."RegencyId", p."Availability", p."HalalNumber", p."PirtNumber", p."BpomNumber")
                    FROM "Products" p LEFT JOIN "Categories" c ON c."Id" = p."CategoryId"
                    WHERE p."GroupId" = NEW."Id" AND s."ProductId" = p."Id";
                    RETURN NULL;
                END $$;
                DROP TRIGGER "ProductSearch_AfterGroupRename" ON "Groups";
                CREATE TRIGGER "ProductSearch_AfterGroupRename" AFTER UPDATE OF "Name", "RegencyId" ON "Groups"
                    FOR EACH ROW EXECUTE FUNCTION uppka_product_search_group();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "ProductSearch_AfterGroupRename" ON "Groups";
                CREATE TRIGGER "ProductSearch_AfterGroupRename" AFTER UPDATE OF "Name" ON "Groups"
                    FOR EACH ROW EXECUTE FUNCTION uppka_product_search_group();
                DROP TRIGGER "ProductSearch_AfterProductWrite" ON "Products";
                CREATE TRIGGER "ProductSearch_AfterProductWrite"
                    AFTER INSERT OR UPDATE OF "Name", "Description", "CategoryId", "GroupId" ON "Products"
                    FOR EACH ROW EXECUTE FUNCTION uppka_product_search_refresh();
                CREATE OR REPLACE FUNCTION uppka_product_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ProductSearch" ("ProductId", "Document")
                    SELECT p."Id", uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", g."Name")
                    FROM "Products" p
                    LEFT JOIN "Categories" c ON c."Id" = p."CategoryId"
                    LEFT JOIN "Groups" g ON g."Id" = p."GroupId"
                    WHERE p."Id" = NEW."Id"
                    ON CONFLICT ("ProductId") DO UPDATE SET "Document" = excluded."Document";
                    RETURN NULL;
                END $$;
                CREATE OR REPLACE FUNCTION uppka_product_search_group() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ProductSearch" s
                    SET "Document" = uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", NEW."Name")
                    FROM "Products" p LEFT JOIN "Categories" c ON c."Id" = p."CategoryId"
                    WHERE p."GroupId" = NEW."Id" AND s."ProductId" = p."Id";
                    RETURN NULL;
                END $$;
                ALTER TABLE "ProductSearch" DROP COLUMN "Name", DROP COLUMN "Named", DROP COLUMN "Facets";
                DROP FUNCTION uppka_facet_query(text[]), uppka_search_facets(integer, integer, integer, text, text, text);
                """);

            migrationBuilder.DropIndex(
                name: "IX_Products_Status_Price",
                table: "Products");
        }
    }
}
