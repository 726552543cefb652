using Microsoft.EntityFrameworkCore.Migrations;

namespace UppkaCatalog.Core.PostgreSQL;

/// <summary>
/// The catalogue's full-text index on PostgreSQL, the counterpart of the SQLite <c>CatalogSearch</c> migration:
/// a <c>ProductSearch</c> table (one weighted tsvector per product over name, description, category names and
/// group name) with a GIN index, kept in step with Products, Categories and Groups by triggers, so every
/// service write and the seeder keep it right without code of their own. The query side is ProductSearchIndex.
/// </summary>
/// <remarks>
/// Words are indexed with the <c>simple</c> configuration (unaccented, lower-cased, unstemmed), like FTS5's
/// unicode61 tokenizer. Not <c>indonesian</c>: its Snowball stemmer strips prefixes as well as suffixes
/// ("keripik" → "ripik"), so "ripik" would find keripik — a part of a word, which the search promises not to
/// match (CatalogSearchTests) — and a typed prefix cannot be stemmed reliably anyway. <c>unaccent()</c> is only
/// STABLE; the IMMUTABLE wrapper names its dictionary explicitly, which is what makes it safe in an index.
/// </remarks>
internal static class PostgresSearchSql
{
    public static void Up(MigrationBuilder m)
    {
        m.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
        m.Sql("""
            CREATE FUNCTION uppka_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
            """);
        m.Sql("""
            CREATE FUNCTION uppka_search_words(t text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT to_tsvector('simple'::regconfig, uppka_unaccent(coalesce(t, ''))) $$;
            """);
        m.Sql("""
            CREATE FUNCTION uppka_search_document(name text, description text, category text, group_name text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT setweight(uppka_search_words(name), 'A') || setweight(uppka_search_words(category), 'B')
                      || setweight(uppka_search_words(group_name), 'C') || setweight(uppka_search_words(description), 'D') $$;
            """);

        // Words are letters, digits and marks only (ProductSearchIndex.Words); quote_literal quotes them anyway.
        // Made IMMUTABLE by the SearchQueryImmutable migration, so the planner sees the query it makes.
        m.Sql("CREATE AGGREGATE uppka_tsquery_and(tsquery) (SFUNC = tsquery_and, STYPE = tsquery);");
        m.Sql("""
            CREATE FUNCTION uppka_search_query(words text[]) RETURNS tsquery
            LANGUAGE sql STABLE PARALLEL SAFE
            AS $$ SELECT uppka_tsquery_and(
                       to_tsquery('simple'::regconfig, quote_literal(lower(uppka_unaccent(w))) || ':*'))
                  FROM unnest(words) AS w $$;
            """);

        m.Sql("""
            CREATE TABLE "ProductSearch" (
                "ProductId" integer PRIMARY KEY REFERENCES "Products" ("Id") ON DELETE CASCADE,
                "Document" tsvector NOT NULL);
            CREATE INDEX "IX_ProductSearch_Document" ON "ProductSearch" USING GIN ("Document");
            """);

        // The category is indexed under both its names, so an English visitor's "coffee" finds it too.
        m.Sql("""
            CREATE FUNCTION uppka_product_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
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
            CREATE TRIGGER "ProductSearch_AfterProductWrite"
                AFTER INSERT OR UPDATE OF "Name", "Description", "CategoryId", "GroupId" ON "Products"
                FOR EACH ROW EXECUTE FUNCTION uppka_product_search_refresh();
            """);
        m.Sql("""
            CREATE FUNCTION uppka_product_search_category() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "ProductSearch" s
                SET "Document" = uppka_search_document(p."Name", p."Description", NEW."Name" || ' ' || NEW."NameEn", g."Name")
                FROM "Products" p LEFT JOIN "Groups" g ON g."Id" = p."GroupId"
                WHERE p."CategoryId" = NEW."Id" AND s."ProductId" = p."Id";
                RETURN NULL;
            END $$;
            CREATE TRIGGER "ProductSearch_AfterCategoryRename" AFTER UPDATE OF "Name", "NameEn" ON "Categories"
                FOR EACH ROW EXECUTE FUNCTION uppka_product_search_category();
            """);
        m.Sql("""
            CREATE FUNCTION uppka_product_search_group() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "ProductSearch" s
                SET "Document" = uppka_search_document(p."Name", p."Description", c."Name" || ' ' || c."NameEn", NEW."Name")
                FROM "Products" p LEFT JOIN "Categories" c ON c."Id" = p."CategoryId"
                WHERE p."GroupId" = NEW."Id" AND s."ProductId" = p."Id";
                RETURN NULL;
            END $$;
            CREATE TRIGGER "ProductSearch_AfterGroupRename" AFTER UPDATE OF "Name" ON "Groups"
                FOR EACH ROW EXECUTE FUNCTION uppka_product_search_group();
            """);
    }

    public static void Down(MigrationBuilder m)
    {
        m.Sql("""
            DROP TABLE IF EXISTS "ProductSearch";
            DROP FUNCTION IF EXISTS uppka_product_search_group, uppka_product_search_category, uppka_product_search_refresh CASCADE;
            DROP FUNCTION IF EXISTS uppka_search_query;
            DROP AGGREGATE IF EXISTS uppka_tsquery_and(tsquery);
            DROP FUNCTION IF EXISTS uppka_search_document, uppka_search_words, uppka_unaccent;
            """);
    }
}
