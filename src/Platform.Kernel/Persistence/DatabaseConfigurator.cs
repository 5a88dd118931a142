using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Platform.Kernel.Persistence;

/// <summary>Turns the "Database" section into provider settings for every module's context.</summary>
public sealed class DatabaseConfigurator
{
    private readonly TimeProvider _clock;

    public DatabaseConfigurator(IOptions<DatabaseOptions> options, IHostEnvironment environment, TimeProvider clock)
    {
        _clock = clock;
        var settings = options.Value;
        Provider = settings.Provider.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{settings.Provider}': expected 'Sqlite' (the embedded default) or 'Postgres'."),
        };

        if (Provider == DatabaseProvider.Postgres)
        {
            ConnectionString = string.IsNullOrWhiteSpace(settings.ConnectionString)
                ? throw new InvalidOperationException(
                    "Database:Provider is 'Postgres' but Database:ConnectionString is empty: set it, for example with the environment variable Database__ConnectionString.")
                : settings.ConnectionString;
        }
        else if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            ConnectionString = settings.ConnectionString;
        }
        else
        {
            var path = Path.GetFullPath(settings.SqlitePath, environment.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public void Configure(DbContextOptionsBuilder options, string schema)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable("__migrations", schema));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.MigrationsHistoryTable($"{schema}__migrations"));
        }

        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ModuleContextExtension(schema, Provider, _clock));

        // Migrations are written by hand (the EF design package cannot restore here), so there is
        // no model snapshot to compare against; the schema-equivalence tests are the guard instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
