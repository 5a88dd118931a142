using System.Security.Claims;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Persistence;
using Platform.Kernel.Outbox;
using Platform.Kernel.Security;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Patients.Contracts;

namespace Platform.Journeys.Tests.Infrastructure;

/// <summary>A fresh database and platform per test, with the default pathways published, on the provider the subclass names.</summary>
public abstract class JourneysTestBase(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    protected JourneysPlatform Platform { get; private set; } = null!;

    protected TestClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Platform = await JourneysPlatform.StartAsync(_database, Clock);
        await Platform.SendAs(PlatformPrincipal.System, new EnsureDefaultCarePathways());
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected Task<TResponse> Send<TResponse>(ClaimsPrincipal user, IRequest<TResponse> request) => Platform.SendAs(user, request);

    protected async Task<PatientDto> RegisterAsync(RegisterPatient registration) =>
        (await Platform.SendAs(Users.Coordinator, registration)).Patient;

    protected async Task<JourneyDto> OpenAsync(RegisterPatient registration, string? serviceLine = null, JourneyStage? start = null)
    {
        var patient = await RegisterAsync(registration);
        return await Send(Users.Coordinator, new OpenJourney(patient.Id, "Total knee replacement", serviceLine, start));
    }

    protected Task<IReadOnlyList<CareTaskDto>> TasksAsync(Guid journeyId) => Send(Users.Coordinator, new GetJourneyTasks([journeyId]));

    protected Task<IReadOnlyList<TimelineEntryDto>> TimelineAsync(Guid journeyId) => Send(Users.Coordinator, new GetJourneyTimelines([journeyId]));

    protected Task<List<OutboxMessage>> OutboxAsync() =>
        Platform.WithContext<JourneysDbContext, List<OutboxMessage>>(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());

    protected static string TypeName<T>() => $"{typeof(T).FullName}, Platform.Journeys.Contracts";
}

/// <summary>PostgreSQL test classes run one after another: each creates databases on the one test server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServer
{
    public const string Name = "PostgreSQL";
}
