using System.Security.Claims;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Outbox;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Patients.Contracts;
using Platform.Patients.Persistence;

namespace Platform.Patients.Tests.Infrastructure;

/// <summary>A fresh database and platform per test, on the provider the subclass names.</summary>
public abstract class PatientsTestBase(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    protected PatientsPlatform Platform { get; private set; } = null!;

    protected SteadyClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Platform = await PatientsPlatform.StartAsync(_database, Clock);
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected Task<TResponse> Send<TResponse>(ClaimsPrincipal user, IRequest<TResponse> request) => Platform.SendAs(user, request);

    protected async Task<PatientDto> RegisterAsync(RegisterPatient registration) =>
        (await Platform.SendAs(Users.Coordinator, registration)).Patient;

    protected Task<List<OutboxMessage>> OutboxAsync() =>
        Platform.WithContext<PatientsDbContext, List<OutboxMessage>>(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());

    protected static string TypeName<T>() => $"{typeof(T).FullName}, Platform.Patients.Contracts";
}
