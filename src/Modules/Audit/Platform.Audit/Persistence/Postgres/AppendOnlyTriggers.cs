namespace Platform.Audit.Persistence.Postgres;

/// <summary>A PostgreSQL trigger that makes the audit table refuse UPDATE, DELETE and TRUNCATE.</summary>
internal static class AppendOnlyTriggers
{
    public static string Create(string schema, string table) => $"""
        CREATE FUNCTION "{schema}".refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit entries are append-only';
        END $$;
        CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{schema}"."{table}"
            FOR EACH ROW EXECUTE FUNCTION "{schema}".refuse_audit_change();
        CREATE TRIGGER "{table}_no_truncate" BEFORE TRUNCATE ON "{schema}"."{table}"
            FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".refuse_audit_change();
        """;

    public static string Drop(string schema, string table) => $"""
        DROP TRIGGER IF EXISTS "{table}_no_truncate" ON "{schema}"."{table}";
        DROP TRIGGER IF EXISTS "{table}_append_only" ON "{schema}"."{table}";
        DROP FUNCTION IF EXISTS "{schema}".refuse_audit_change();
        """;
}
