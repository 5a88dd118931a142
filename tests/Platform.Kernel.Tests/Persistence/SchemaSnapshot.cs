using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Tests.Persistence;

/// <summary>
/// Reads what a database really holds for one module (tables, columns with type, nullability and
/// identity, keys, indexes) as sorted lines, so two databases can be compared line by line.
/// Triggers, SQLite full-text tables (named <c>*_fts</c>, with the shadow tables SQLite keeps for them)
/// and the migrations history table are left out: the model knows nothing of them.
/// </summary>
internal static class SchemaSnapshot
{
    public static async Task<IReadOnlyList<string>> ReadAsync(ModuleDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var lines = db.Naming.Provider == DatabaseProvider.Sqlite
                ? await ReadSqliteAsync(connection, db.Naming.Module + "_")
                : await ReadPostgresAsync(connection, db.Naming.Module);
            return [.. lines.Order(StringComparer.Ordinal)];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection, string prefix)
    {
        List<string> lines = [];
        var tables = await QueryAsync(connection, $"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE '{prefix}%' AND name NOT LIKE '%__migrations' AND name NOT LIKE '%!_fts' ESCAPE '!' AND name NOT LIKE '%!_fts!_%' ESCAPE '!'", r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var (table, sql) in tables)
        {
            lines.Add($"table {table} autoincrement={sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
            lines.AddRange(await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"column {table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)}"));
            var indexes = await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")", r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin != "pk"))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info(\"{index.Name}\")", r => r.GetString(2));
                lines.Add($"index {table}.{index.Name} unique={index.Unique} ({string.Join(',', columns)})");
            }

            lines.AddRange(await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => $"fk {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
        }

        return lines;
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection connection, string schema)
    {
        List<string> lines = [];
        lines.AddRange(await QueryAsync(connection, $"""
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name <> '__migrations'
            """,
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetString(3)}) nullable={r.GetString(4)} identity={r.GetString(5)} {r.GetString(6)}"));
        lines.AddRange(await QueryAsync(connection, $"""
            SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = '{schema}' AND tablename <> '__migrations'
            """,
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await QueryAsync(connection, $"""
            SELECT tc.table_name, tc.constraint_name, tc.constraint_type, coalesce(rc.delete_rule, '')
            FROM information_schema.table_constraints tc
            LEFT JOIN information_schema.referential_constraints rc ON rc.constraint_schema = tc.constraint_schema AND rc.constraint_name = tc.constraint_name
            WHERE tc.table_schema = '{schema}' AND tc.table_name <> '__migrations' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
            """,
            r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)} {r.GetString(3)}"));
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        List<T> rows = [];
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
