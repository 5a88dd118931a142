using System.Globalization;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Audit;
using Platform.Identity;
using Platform.Journeys;
using Platform.Journeys.Contracts;
using Platform.Kernel;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Patients;
using Platform.Patients.Contracts;
using Platform.Scale;

if (args is ["measure", var url, var casesFile, var iterations, var label])
{
    return await Measure.RunAsync(new Uri(url), casesFile, int.Parse(iterations, CultureInfo.InvariantCulture), label);
}

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        usage: Platform.Scale generate --provider Sqlite|Postgres --connection "<connection string>" [--patients 100000] [--from 0] [--seed 7] [--journeys 3]
                 Loads generated patients, and --journeys journeys per patient with their pathways' tasks,
                 into the database (creating and migrating it first) through the modules' import requests,
                 in batches of 1,000, with a progress bar per kind. --from numbers
                 the patients after those an earlier run loaded, so a database can grow in steps.
               Platform.Scale measure <host url> <cases.json> <iterations> <label>
                 Times each case's GraphQL query against a running host; one JSON line per case.
        """);
    return 2;
}

await using var platform = Compose(options);
await platform.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
await SendAsync(platform, new EnsureDefaultCarePathways());
var now = DateTimeOffset.UtcNow;
var factory = new PatientFactory(options.Seed + (int)(options.From % 100_000));
var progress = new ProgressBar("patients", options.Patients);
var loaded = new List<(long Number, Guid Id, PatientKind Kind)>((int)options.Patients);
for (long done = 0; done < options.Patients;)
{
    var count = (int)Math.Min(ImportPatients.MaxBatch, options.Patients - done);
    var rows = new List<PatientImport>(count);
    for (var i = 0; i < count; i++)
    {
        rows.Add(factory.Next(options.From + done + i + 1, now, years: 5));
    }

    var imported = await SendAsync(platform, new ImportPatients(rows));
    for (var i = 0; i < count; i++)
    {
        loaded.Add((options.From + done + i + 1, imported.PatientIds[i], rows[i].Registration.Kind));
    }

    done += count;
    progress.Advance(count);
}

var patientsTook = progress.Finish();
var journeyFactory = new JourneyFactory(options.Seed + 1 + (int)(options.From % 100_000));
var totalJourneys = loaded.Count * (long)options.JourneysPerPatient;
long tasks = 0;
var journeyProgress = new ProgressBar("journeys", totalJourneys, () => string.Create(CultureInfo.InvariantCulture, $" + {tasks:N0} tasks"));
var pending = new List<JourneyImport>(ImportJourneys.MaxBatch);
foreach (var (number, id, kind) in loaded)
{
    for (var j = 0; j < options.JourneysPerPatient; j++)
    {
        pending.Add(journeyFactory.Next(number, id, kind, now));
        if (pending.Count == ImportJourneys.MaxBatch)
        {
            tasks += (await SendAsync(platform, new ImportJourneys(pending))).TaskCount;
            journeyProgress.Advance(pending.Count);
            pending = new List<JourneyImport>(ImportJourneys.MaxBatch);
        }
    }
}

if (pending.Count > 0)
{
    tasks += (await SendAsync(platform, new ImportJourneys(pending))).TaskCount;
    journeyProgress.Advance(pending.Count);
}

var journeysTook = journeyProgress.Finish();

// As after any bulk load: refresh the planner's statistics, so both databases choose their plans from
// the data now in them (PostgreSQL's autovacuum would get there later on its own; SQLite never does).
await using (System.Data.Common.DbConnection connection = options.Provider == "Sqlite"
    ? new Microsoft.Data.Sqlite.SqliteConnection(options.Connection)
    : new Npgsql.NpgsqlConnection(options.Connection))
{
    await connection.OpenAsync();
    await using var analyze = connection.CreateCommand();
    analyze.CommandText = "ANALYZE";
    analyze.CommandTimeout = 0;
    await analyze.ExecuteNonQueryAsync();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Loaded {options.Patients:N0} patients into {options.Provider} in {patientsTook.TotalSeconds:F1} s ({options.Patients / Math.Max(0.001, patientsTook.TotalSeconds):F0}/s); {totalJourneys:N0} journeys and {tasks:N0} tasks in {journeysTook.TotalSeconds:F1} s ({totalJourneys / Math.Max(0.001, journeysTook.TotalSeconds):F0} journeys/s, {tasks / Math.Max(0.001, journeysTook.TotalSeconds):F0} tasks/s)."));
return 0;

static ServiceProvider Compose(Options options)
{
    var configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider,
            ["Database:ConnectionString"] = options.Connection,
        })
        .Build();
    var services = new ServiceCollection();
    services.AddSingleton<IConfiguration>(configuration);
    services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
    services.AddPlatform(configuration, new GeneratorEnvironment(), new AuditModule(), new IdentityModule(), new PatientsModule(), new JourneysModule());
    return services.BuildServiceProvider();
}

static async Task<TResponse> SendAsync<TResponse>(IServiceProvider platform, IRequest<TResponse> request)
{
    await using var scope = platform.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.Create("scale-generator", "Scale generator", [Roles.Administrator]), "generator");
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

internal sealed record Options(string Provider, string Connection, long Patients, long From, int Seed, int JourneysPerPatient)
{
    public static Options? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "generate")
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return values.TryGetValue("--provider", out var provider) && values.TryGetValue("--connection", out var connection)
            ? new Options(
                provider,
                connection,
                values.TryGetValue("--patients", out var patients) ? long.Parse(patients, CultureInfo.InvariantCulture) : 100_000,
                values.TryGetValue("--from", out var from) ? long.Parse(from, CultureInfo.InvariantCulture) : 0,
                values.TryGetValue("--seed", out var seed) ? int.Parse(seed, CultureInfo.InvariantCulture) : 7,
                values.TryGetValue("--journeys", out var journeys) ? int.Parse(journeys, CultureInfo.InvariantCulture) : 3)
            : null;
    }
}

internal sealed class GeneratorEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = Environments.Production;

    public string ApplicationName { get; set; } = "Platform.Scale";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
}
