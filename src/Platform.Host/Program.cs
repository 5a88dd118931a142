using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Demo;
using Platform.GraphQL.AspNetCore;
using Platform.Host;
using Platform.Host.Cli;
using Platform.Kernel;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;
using Platform.Plugins;

if (AdminCommands.IsCommand(args))
{
    return await AdminCommands.RunAsync(args);
}

var app = PlatformApp.Build(args);
await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
await DemoCenter.LoadIfEnabledAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);

app.UseAuthentication();
app.UseAuthorization();
app.UseWebSockets();

// Liveness runs no checks: the process answers. Readiness checks the database and migrations.
app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteHealthAsync });
app.MapGraphQL("/graphql", app.Configuration.GetSection("GraphQL").Get<GraphQLHttpOptions>());
foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
{
    module.Module.MapEndpoints(app);
}

await app.RunAsync();
return 0;

static Task WriteHealthAsync(HttpContext context, HealthReport report)
{
    context.Response.ContentType = "application/json";
    return context.Response.WriteAsync(JsonSerializer.Serialize(new
    {
        status = report.Status.ToString(),
        checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
    }));
}

/// <summary>Exposed so tests can start the real host with WebApplicationFactory.</summary>
public partial class Program;

internal static class PlatformApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddSettingsFile(builder.Configuration, args);
        builder.Services.AddPlatform(builder.Configuration, builder.Environment, PlatformModules.All());
        builder.Services.AddPartnerPlugins(builder.Configuration);
        builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));
        return builder.Build();
    }

    /// <summary>
    /// A hospital keeps its settings in one file of its own (SettingsFile=/etc/ipc/hospital.json);
    /// environment variables and the command line still override it, as they override appsettings.
    /// </summary>
    private static void AddSettingsFile(ConfigurationManager configuration, string[] args)
    {
        if (configuration["SettingsFile"] is not { Length: > 0 } file)
        {
            return;
        }

        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"SettingsFile '{file}' does not exist (looked for {path}).", path);
        }

        configuration.AddJsonFile(path, optional: false, reloadOnChange: true);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }
}
