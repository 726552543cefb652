using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UppkaCatalog.Core.Data.Migrations
{
    /// <summary>
    /// Full-text search of the public catalogue (issue 4), SQLite only: an FTS5 table over each
    /// product's name, description, category name and group name, kept in step with Products,
    /// Categories and Groups by triggers, so the demo seed and every service write keep it right
    /// without code of their own. The query side is <c>Catalog/ProductSearchIndex.cs</c>; on
    /// PostgreSQL both are replaced (a tsvector column with unaccent and a GIN index).
    /// </summary>
    /// <remarks>
    /// A later migration that makes EF rebuild the Products, Categories or Groups table (SQLite
    /// cannot alter some columns in place, so EF copies the table and drops the old one) drops
    /// these triggers with it: such a migration must create them again. The search tests fail if
    /// it does not.
    /// </remarks>
    public partial class CatalogSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // unicode61 with remove_diacritics 2: case- and accent-insensitive ("liberíka" = "Liberika").
            // Prefix indexes for 2-4 letters: typed prefixes ("keri") are answered from them.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ProductSearch USING fts5(
                    Name, Description, Category, GroupName,
                    tokenize = 'unicode61 remove_diacritics 2',
                    prefix = '2 3 4');
                """);

            // The category is indexed under both its names, so an English visitor's "coffee" finds it too.
            migrationBuilder.Sql("""
                INSERT INTO ProductSearch (rowid, Name, Description, Category, GroupName)
                SELECT p.Id, p.Name, p.Description, c.Name || ' ' || c.NameEn, g.Name
                FROM Products p
                LEFT JOIN Categories c ON c.Id = p.CategoryId
                LEFT JOIN Groups g ON g.Id = p.GroupId;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER ProductSearch_AfterProductInsert AFTER INSERT ON Products BEGIN
                    INSERT INTO ProductSearch (rowid, Name, Description, Category, GroupName)
                    VALUES (new.Id, new.Name, new.Description,
                        (SELECT c.Name || ' ' || c.NameEn FROM Categories c WHERE c.Id = new.CategoryId),
                        (SELECT g.Name FROM Groups g WHERE g.Id = new.GroupId));
                END;
                """);

            // Only when an indexed column changes: a status change (publish, archive) leaves the index alone.
            migrationBuilder.Sql("""
                CREATE TRIGGER ProductSearch_AfterProductUpdate AFTER UPDATE OF Name, Description, CategoryId, GroupId ON Products BEGIN
                    DELETE FROM ProductSearch WHERE rowid = old.Id;
                    INSERT INTO ProductSearch (rowid, Name, Description, Category, GroupName)
                    VALUES (new.Id, new.Name, new.Description,
                        (SELECT c.Name || ' ' || c.NameEn FROM Categories c WHERE c.Id = new.CategoryId),
                        (SELECT g.Name FROM Groups g WHERE g.Id = new.GroupId));
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER ProductSearch_AfterProductDelete AFTER DELETE ON Products BEGIN
                    DELETE FROM ProductSearch WHERE rowid = old.Id;
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER ProductSearch_AfterCategoryRename AFTER UPDATE OF Name, NameEn ON Categories BEGIN
                    UPDATE ProductSearch SET Category = new.Name || ' ' || new.NameEn
                    WHERE rowid IN (SELECT Id FROM Products WHERE CategoryId = new.Id);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER ProductSearch_AfterGroupRename AFTER UPDATE OF Name ON Groups BEGIN
                    UPDATE ProductSearch SET GroupName = new.Name
                    WHERE rowid IN (SELECT Id FROM Products WHERE GroupId = new.Id);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ProductSearch_AfterGroupRename;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ProductSearch_AfterCategoryRename;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ProductSearch_AfterProductDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ProductSearch_AfterProductUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS ProductSearch_AfterProductInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ProductSearch;");
        }
    }
}
