namespace Platform.Audit.Persistence.Sqlite;

/// <summary>SQLite triggers that make the audit table refuse UPDATE and DELETE from any client.</summary>
internal static class AppendOnlyTriggers
{
    public static string Create(string table) => $"""
        CREATE TRIGGER "{table}_no_update" BEFORE UPDATE ON "{table}"
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        CREATE TRIGGER "{table}_no_delete" BEFORE DELETE ON "{table}"
        BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
        """;

    public static string Drop(string table) => $"""
        DROP TRIGGER IF EXISTS "{table}_no_update";
        DROP TRIGGER IF EXISTS "{table}_no_delete";
        """;
}
