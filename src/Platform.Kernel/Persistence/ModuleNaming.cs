namespace Platform.Kernel.Persistence;

/// <summary>
/// One rule for where a module's tables live, used by both the model and hand-written
/// migrations so they cannot drift: a schema per module on PostgreSQL, a name prefix on SQLite.
/// </summary>
public readonly record struct ModuleNaming(string Module, DatabaseProvider Provider)
{
    public string? Schema => Provider == DatabaseProvider.Postgres ? Module : null;

    public string Table(string name) => Provider == DatabaseProvider.Postgres ? name : $"{Module}_{name}";

    public string PrimaryKey(string table) => $"PK_{Table(table)}";

    public string Index(string table, params string[] columns) => $"IX_{Table(table)}_{string.Join('_', columns)}";

    public string ForeignKey(string table, string principalTable, string column) => $"FK_{Table(table)}_{Table(principalTable)}_{column}";

    public static DatabaseProvider ProviderOf(string? activeProvider) => activeProvider switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.Postgres,
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        _ => throw new NotSupportedException($"Database provider '{activeProvider}' is not supported: expected SQLite or PostgreSQL."),
    };
}
