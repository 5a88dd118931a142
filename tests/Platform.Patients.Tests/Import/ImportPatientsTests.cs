using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Import;

public abstract class ImportPatientsTests(string provider) : PatientsTestBase(provider)
{
    private static readonly DateTimeOffset _legacyDate = new(2019, 6, 3, 10, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task ImportPatients_ABatch_RegistersEveryRow_KeepingTheSourceSystemsDates_AndAnnouncesEach()
    {
        var result = await Send(Users.Administrator, new ImportPatients(
        [
            new(Registrations.Named("Okafor", "Chidi", "NG"), _legacyDate),
            new(Registrations.Named("Lindqvist", "Maja", "SE"), null),
            new(Registrations.Pensioner(), _legacyDate.AddDays(3)),
        ]));

        result.PatientIds.Count.ShouldBe(3);
        var first = await Send(Users.Clinician, new GetPatient(result.PatientIds[0]));
        (first.Identity.FamilyName, first.RegisteredAt, first.Version).ShouldBe(("Okafor", _legacyDate, 1L));
        (await Send(Users.Clinician, new GetPatient(result.PatientIds[1]))).RegisteredAt.ShouldBeInRange(Clock.GetUtcNow().AddMinutes(-5), Clock.GetUtcNow());
        (await OutboxAsync()).Count(m => m.Type == TypeName<PatientRegistered>()).ShouldBe(3);
    }

    [Fact]
    public async Task ImportPatients_OneBadRow_RefusesTheBatch_NamingTheRowAndField_AndImportsNothing()
    {
        var bad = Registrations.Named("Novak", "Petra", "CZ") with { Identity = Registrations.Named("Novak", "Petra").Identity with { Nationality = "XX" } };

        var refused = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new ImportPatients(
        [
            new(Registrations.Named("Okafor", "Chidi", "NG"), null),
            new(bad, null),
        ])));

        var error = refused.Errors.ShouldHaveSingleItem();
        (error.Field, error.AttemptedValue).ShouldBe(("patients[1].registration.identity.nationality", "XX"));
        error.Message.ShouldStartWith("'patients[1].registration.identity.nationality'");
        (await Send(Users.Coordinator, new CountPatients())).ShouldBe(0);
        (await OutboxAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ImportPatients_TooManyRows_OrAFutureDate_OrTheSameIdTwice_IsRefused()
    {
        var row = new PatientImport(Registrations.Expatriate(), null);
        var id = Guid.Parse("5f0e8c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b");

        var tooMany = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new ImportPatients([.. Enumerable.Repeat(row, ImportPatients.MaxBatch + 1)])));
        var empty = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new ImportPatients([])));
        var future = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new ImportPatients([row with { RegisteredAt = Clock.GetUtcNow().AddDays(1) }])));
        var twice = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new ImportPatients(
            [new(Registrations.Expatriate() with { PatientId = id }, null), new(Registrations.Pensioner() with { PatientId = id }, null)])));

        tooMany.Errors.ShouldHaveSingleItem().Message.ShouldContain("1 to 1000 rows");
        empty.Errors.ShouldHaveSingleItem().Field.ShouldBe("patients");
        future.Errors.ShouldHaveSingleItem().Field.ShouldBe("patients[0].registeredAt");
        twice.Errors.ShouldHaveSingleItem().Field.ShouldBe("patients[1].registration.patientId");
    }

    [Fact]
    public async Task ImportPatients_IsForAdministratorsOnly()
    {
        var refused = await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Coordinator, new ImportPatients([new(Registrations.Expatriate(), null)])));

        refused.Message.ShouldContain("administrator");
    }
}

public sealed class SqliteImportPatientsTests() : ImportPatientsTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresImportPatientsTests() : ImportPatientsTests("Postgres");
