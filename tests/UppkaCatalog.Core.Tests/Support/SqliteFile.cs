using Microsoft.Data.Sqlite;

namespace UppkaCatalog.Core.Tests.Support;

/// <summary>Plain SQL on a database file, past EF: for migration tests that look at the schema or write rows in an old shape.</summary>
public static class SqliteFile
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>The first column of every row, as text.</summary>
    public static async Task<List<string>> TextColumnAsync(string file, string sql)
    {
        await using var connection = await OpenAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>The names of a table's columns.</summary>
    public static Task<List<string>> ColumnsAsync(string file, string table) =>
        TextColumnAsync(file, $"SELECT name FROM pragma_table_info('{table}')");

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        // Pooling off: the test host deletes the folder afterwards, and a pooled handle would keep the file open.
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(Ct);
        return connection;
    }
}
