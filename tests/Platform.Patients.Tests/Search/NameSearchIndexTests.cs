using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Features.SearchPatients;
using Platform.Patients.Persistence;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Search;

/// <summary>On PostgreSQL, name search is a LIKE on the folded names that the trigram index serves.</summary>
[Collection(PostgresServer.Name)]
public sealed class PostgresNameSearchIndexTests() : PatientsTestBase("Postgres")
{
    [Fact]
    public async Task NameSearch_IsALikeQuery_ThatTheTrigramIndexAnswers()
    {
        await RegisterAsync(Registrations.MedicalTourist());
        await RegisterAsync(Registrations.Pensioner());

        await using var scope = Platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(Users.Coordinator, "test");
        var query = await scope.ServiceProvider.GetRequiredService<PatientListing>().VisibleAsync(new PatientFilter(Name: "Mansour"), CancellationToken.None);
        var sql = query.Select(p => p.Id).ToQueryString();

        var db = scope.ServiceProvider.GetRequiredService<PatientsDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        var plan = await db.Database.SqlQueryRaw<string>("""EXPLAIN SELECT p."Id" FROM patients.patients AS p WHERE p."SearchText" LIKE '%mansour%'""").ToListAsync();

        sql.ShouldContain("\"SearchText\" LIKE");
        string.Join('\n', plan).ShouldContain("IX_patients_SearchText");
    }
}
