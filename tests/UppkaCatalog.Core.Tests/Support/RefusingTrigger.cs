using Microsoft.EntityFrameworkCore;
using UppkaCatalog.Core.Data;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>
/// A trigger that makes the database refuse a write (a full disk, a broken audit log), in the dialect of the
/// provider under test: SQLite <c>RAISE(ABORT)</c>, PostgreSQL a plpgsql function that raises. The condition is
/// written with quoted names (<c>NEW."Name" = 'x'</c>), which both understand.
/// </summary>
public static class RefusingTrigger
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <param name="when">e.g. <c>INSERT</c> or <c>UPDATE OF "Name"</c>.</param>
    public static Task CreateAsync(AppDbContext db, string name, string when, string table, string message, string? condition = null)
    {
        if (db.Database.IsNpgsql())
        {
            var where = condition is null ? "" : $" WHEN ({condition})";
            var pg = $"""
                CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{message}'; END $$;
                CREATE TRIGGER {name} BEFORE {when} ON "{table}" FOR EACH ROW{where} EXECUTE FUNCTION {name}_fn();
                """;
            return db.Database.ExecuteSqlRawAsync(pg, Ct);
        }

        var sqliteWhere = condition is null ? "" : $" WHEN {condition}";
        var sqlite = $"CREATE TRIGGER {name} BEFORE {when} ON \"{table}\"{sqliteWhere} BEGIN SELECT RAISE(ABORT, '{message}'); END;";
        return db.Database.ExecuteSqlRawAsync(sqlite, Ct);
    }

    public static Task DropAsync(AppDbContext db, string name, string table)
    {
        var sql = db.Database.IsNpgsql() ? $"DROP TRIGGER {name} ON \"{table}\"; DROP FUNCTION {name}_fn;" : $"DROP TRIGGER {name};";
        return db.Database.ExecuteSqlRawAsync(sql, Ct);
    }
}
