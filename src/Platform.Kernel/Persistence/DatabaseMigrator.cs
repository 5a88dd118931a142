using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Modules;

namespace Platform.Kernel.Persistence;

/// <summary>Applies every module's migrations, in module order, when the host starts.</summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ModuleCatalog catalog, DatabaseConfigurator database, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var contextType in catalog.DbContextTypes)
        {
            var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers proceed while one writer commits.
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await context.Database.CloseConnectionAsync();
            }

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogApplying(logger, context.Naming.Module, pending.Count, pending);
                await context.Database.MigrateAsync(cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module}: applying {Count} migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, string module, int count, IReadOnlyList<string> migrations);
}
