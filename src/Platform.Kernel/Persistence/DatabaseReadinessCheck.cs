using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Kernel.Modules;

namespace Platform.Kernel.Persistence;

/// <summary>Ready when the database answers and every module's migrations are applied.</summary>
internal sealed class DatabaseReadinessCheck(IServiceScopeFactory scopes, ModuleCatalog catalog, DatabaseConfigurator database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var data = new Dictionary<string, object> { ["provider"] = database.Provider.ToString() };
        foreach (var contextType in catalog.DbContextTypes)
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var module = db.Naming.Module;
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    return HealthCheckResult.Unhealthy($"Module {module}: the {database.Provider} database cannot be reached.", data: data);
                }

                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    return HealthCheckResult.Unhealthy($"Module {module}: {pending.Count} migration(s) not applied: {string.Join(", ", pending)}.", data: data);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"Module {module}: {ex.Message}", ex, data);
            }

            data[module] = "migrated";
        }

        return HealthCheckResult.Healthy("Database reachable and migrated.", data);
    }
}
