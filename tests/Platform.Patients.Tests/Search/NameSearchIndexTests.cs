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

/// <summary>
/// On SQLite, name search reads the FTS5 trigram table migration M0003 keeps, which triggers hold in
/// step with the registry as names are registered and corrected.
/// </summary>
public sealed class SqliteNameSearchIndexTests() : PatientsTestBase("Sqlite")
{
    [Fact]
    public async Task NameSearch_ReadsTheTrigramTable_WhichFollowsRegistrationsAndCorrections()
    {
        var mansour = await RegisterAsync(Registrations.MedicalTourist());
        await RegisterAsync(Registrations.Pensioner());

        await using var scope = Platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(Users.Coordinator, "test");
        var listing = scope.ServiceProvider.GetRequiredService<PatientListing>();
        var query = await listing.VisibleAsync(new PatientFilter(Name: "Mansour"), CancellationToken.None);
        var sql = query.Select(p => p.Id).ToQueryString();

        sql.ShouldContain("patients_names_fts");
        (await query.Select(p => p.Id).ToListAsync()).ShouldBe([mansour.Id]);

        var renamed = await Send(Users.Coordinator, new UpdatePatientIdentity(mansour.Id, mansour.Version, mansour.Identity with { FamilyName = "Haddad" }));
        (await SearchIdsAsync(listing, "mansour")).ShouldBeEmpty("the update trigger replaced the old name");
        (await SearchIdsAsync(listing, "hadda")).ShouldBe([renamed.Id]);
        (await SearchIdsAsync(listing, "ha")).ShouldContain(renamed.Id, "a fragment under three characters still matches, by scanning the table");
    }

    private static async Task<List<Guid>> SearchIdsAsync(PatientListing listing, string name) =>
        await (await listing.VisibleAsync(new PatientFilter(Name: name), CancellationToken.None)).Select(p => p.Id).ToListAsync();
}
