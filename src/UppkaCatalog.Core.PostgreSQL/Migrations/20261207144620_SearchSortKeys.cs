using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.PostgreSQL.Migrations
{
    /// <summary>
    /// Issue 15, search p95 at 300,000 products: the search table carries what a search sorts and filters by — the price,
    /// the publication date and <c>"Visible"</c> (published, of an active group; ProductStatus.Published is 2) — with a
    /// partial index per sort over the visible rows, so a search with words never joins Products. The join made the
    /// planner walk the Products price index past 85,000 products, probing the search table for each, whenever the
    /// matches lay at the other end of the prices (halal syrups by the most expensive: 365 ms; from this table: 28 ms).
    /// The triggers now also follow a product's price, date and status and a group's activation.
    /// </summary>
    public partial class SearchSortKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "ProductSearch"
                    ADD COLUMN "Price" bigint NOT NULL DEFAULT 0,
                    ADD COLUMN "PublishedAt" timestamp with time zone,
                    ADD COLUMN "Visible" boolean NOT NULL DEFAULT false;
                UPDATE "ProductSearch" s
                SET "Price" = p."Price", "PublishedAt" = p."PublishedAt", "Visible" = (p."Status" = 2 AND g."IsActive")
                FROM "Products" p JOIN "Groups" g ON g."Id" = p."GroupId" WHERE p."Id" = s."ProductId";
                CREATE INDEX "IX_ProductSearch_Price" ON "ProductSearch" ("Price", "PublishedAt", "ProductId") WHERE "Visible";
                CREATE INDEX "IX_ProductSearch_PublishedAt" ON "ProductSearch" ("PublishedAt", "ProductId") WHERE "Visible";
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION uppka_product_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ProductSearch" ("ProductId", "Document", "Facets", "Price", "PublishedAt", "Visible")
                    SELECT p."Id", uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", g."Name"),
                           uppka_search_facets(p."CategoryId", g."RegencyId", p."Availability", p."HalalNumber", p."PirtNumber", p."BpomNumber"),
                           p."Price", p."PublishedAt", coalesce(p."Status" = 2 AND g."IsActive", false)
                    FROM "Products" p
                    LEFT JOIN "Categories" c ON c."Id" = p."CategoryId"
                    LEFT JOIN "Groups" g ON g."Id" = p."GroupId"
                    WHERE p."Id" = NEW."Id"
                    ON CONFLICT ("ProductId") DO UPDATE SET "Document" = excluded."Document", "Facets" = excluded."Facets",
                        "Price" = excluded."Price", "PublishedAt" = excluded."PublishedAt", "Visible" = excluded."Visible";
                    RETURN NULL;
                END $$;
                DROP TRIGGER "ProductSearch_AfterProductWrite" ON "Products";
                CREATE TRIGGER "ProductSearch_AfterProductWrite"
                    AFTER INSERT OR UPDATE OF "Name", "Description", "CategoryId", "GroupId", "Availability",
                                              "HalalNumber", "PirtNumber", "BpomNumber", "Price", "PublishedAt", "Status" ON "Products"
                    FOR EACH ROW EXECUTE FUNCTION uppka_product_search_refresh();
                CREATE OR REPLACE FUNCTION uppka_product_search_group() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ProductSearch" s
                    SET "Document" = uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", NEW."Name"),
                        "Facets" = uppka_search_facets(p."CategoryId", NEW."RegencyId", p."Availability", p."HalalNumber", p."PirtNumber", p."BpomNumber"),
                        "Visible" = (p."Status" = 2 AND NEW."IsActive")
                    FROM "Products" p LEFT JOIN "Categories" c ON c."Id" = p."CategoryId"
                    WHERE p."GroupId" = NEW."Id" AND s."ProductId" = p."Id";
                    RETURN NULL;
                END $$;
                DROP TRIGGER "ProductSearch_AfterGroupRename" ON "Groups";
                CREATE TRIGGER "ProductSearch_AfterGroupRename" AFTER UPDATE OF "Name", "RegencyId", "IsActive" ON "Groups"
                    FOR EACH ROW EXECUTE FUNCTION uppka_product_search_group();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the SearchTiers triggers and table.
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
                DROP INDEX "IX_ProductSearch_Price", "IX_ProductSearch_PublishedAt";
                ALTER TABLE "ProductSearch" DROP COLUMN "Price", DROP COLUMN "PublishedAt", DROP COLUMN "Visible";
                """);
        }
    }
}
