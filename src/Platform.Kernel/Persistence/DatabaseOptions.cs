namespace Platform.Kernel.Persistence;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>"Sqlite" (the embedded default) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Where the SQLite file lives, relative to the host's content root unless absolute.</summary>
    public string SqlitePath { get; set; } = "App_Data/platform.db";

    /// <summary>Required for PostgreSQL; for SQLite it overrides <see cref="SqlitePath"/> when set.</summary>
    public string? ConnectionString { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
