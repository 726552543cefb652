using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace UppkaCatalog.Bench;

/// <summary>One column of a bulk load: its name and its PostgreSQL type (SQLite needs none).</summary>
internal readonly record struct Column(string Name, NpgsqlDbType Type);

/// <summary>
/// Rows into one table as fast as each provider takes them: PostgreSQL's COPY in binary form (Npgsql's binary
/// importer), SQLite one prepared INSERT re-run inside the caller's transaction. Values come in as .NET values;
/// on SQLite they are stored as EF stores them there (DateTimeOffset as UTC ticks, Guid as upper-case text).
/// </summary>
internal abstract class BulkRows : IAsyncDisposable
{
    public abstract void Add(params object?[] values);

    public abstract ValueTask DisposeAsync();

    public static async Task<BulkRows> OpenAsync(DbConnection connection, DbTransaction? transaction, string table, Column[] columns) =>
        connection switch
        {
            NpgsqlConnection pg => new Copy(await pg.BeginBinaryImportAsync(
                $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)"), columns),
            SqliteConnection sqlite => new Inserts(sqlite, (SqliteTransaction)transaction!, table, columns),
            _ => throw new NotSupportedException(connection.GetType().Name),
        };

    private sealed class Copy(NpgsqlBinaryImporter importer, Column[] columns) : BulkRows
    {
        public override void Add(params object?[] values)
        {
            importer.StartRow();
            for (var i = 0; i < columns.Length; i++)
            {
                if (values[i] is null) importer.WriteNull();
                else importer.Write(values[i], columns[i].Type);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }
    }

    private sealed class Inserts : BulkRows
    {
        private readonly SqliteCommand command;

        public Inserts(SqliteConnection connection, SqliteTransaction transaction, string table, Column[] columns)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            command.Prepare();
        }

        public override void Add(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateTimeOffset t => t.UtcTicks,
                    Guid g => g.ToString().ToUpperInvariant(),
                    var v => v,
                };
            }

            command.ExecuteNonQuery();
        }

        public override ValueTask DisposeAsync()
        {
            command.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
