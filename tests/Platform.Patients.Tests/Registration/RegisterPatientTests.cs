using System.Text.Json;
using Platform.Kernel.Auditing;
using Platform.Kernel.Messaging;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Registration;

public abstract class RegisterPatientTests(string provider) : PatientsTestBase(provider)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Kinds() => ["MedicalTourist", "IllTraveler", "Expatriate", "Pensioner"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RegisterPatient_EachKind_StoresTheRecordAtVersionOneAndReadsItBack(string kind)
    {
        var registration = kind switch
        {
            "MedicalTourist" => Registrations.MedicalTourist(),
            "IllTraveler" => Registrations.IllTraveler(),
            "Expatriate" => Registrations.Expatriate(),
            _ => Registrations.Pensioner(),
        };

        var result = await Send(Users.Coordinator, registration);
        var read = await Send(Users.Clinician, new GetPatient(result.Patient.Id));

        result.Patient.Version.ShouldBe(1);
        result.PossibleDuplicates.ShouldBeEmpty();
        read.ShouldBeEquivalentTo(result.Patient);
        (read.Kind, read.Identity.FamilyName, read.Source.Channel).ShouldBe((registration.Kind, registration.Identity.FamilyName, registration.Source.Channel));
        read.RegisteredBy.ShouldBe("amira");
        read.Consents.Select(c => (c.Kind, c.Granted)).ShouldBe(Enum.GetValues<ConsentKind>().Select(k => (k, false)));
    }

    [Fact]
    public async Task RegisterPatient_FreeTypedValues_AreKeptInTheirCanonicalForms()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());

        patient.Identity.Nationality.ShouldBe("AE");
        patient.Identity.PassportNumber.ShouldBe("P1234567");
        patient.Identity.NativeFamilyName.ShouldBe("المنصوري");
        patient.Contacts.Email.ShouldBe("fatima.almansouri@example.ae");
        patient.Contacts.Phone.ShouldBe("+971501234567");
        patient.Contacts.TimeZone.ShouldBe("Asia/Dubai");
        patient.Contacts.HomeAddress!.Lines.ShouldBe(["Villa 12, Street 7", "Al Barsha 2"]);
        patient.PreferredLanguages.ShouldBe(["ar", "en-GB"]);
    }

    [Fact]
    public async Task RegisterPatient_Succeeds_QueuesPatientRegisteredWithoutPersonalDetails()
    {
        var patient = await RegisterAsync(Registrations.IllTraveler());

        var message = (await OutboxAsync()).ShouldHaveSingleItem();
        message.Type.ShouldBe(TypeName<PatientRegistered>());
        message.AggregateKey.ShouldBe($"patient:{patient.Id}");
        var told = JsonSerializer.Deserialize<PatientRegistered>(message.Payload, _json)!;
        (told.PatientId, told.Kind, told.Nationality, told.Source).ShouldBe((patient.Id, PatientKind.IllOrInjuredTraveler, "DE", AttributionChannel.Insurer));
        message.Payload.ShouldNotContain("Schmidt");
    }

    [Fact]
    public async Task RegisterPatient_SamePersonAgain_RegistersAndReportsThePossibleDuplicate()
    {
        var first = await RegisterAsync(Registrations.MedicalTourist());

        var second = await Send(Users.CaseManager, Registrations.MedicalTourist());

        second.Patient.Id.ShouldNotBe(first.Id);
        var candidate = second.PossibleDuplicates.ShouldHaveSingleItem();
        candidate.PatientId.ShouldBe(first.Id);
        candidate.Reasons.ShouldBe([DuplicateReason.SamePassport, DuplicateReason.SameNameAndDateOfBirth, DuplicateReason.SameEmail, DuplicateReason.SamePhone]);
        candidate.Score.ShouldBe(0.99m);
    }

    [Fact]
    public async Task RegisterPatient_WithAChosenId_KeepsIt_AndRefusesTheSameIdAgainWithoutASecondRecord()
    {
        var chosen = Guid.Parse("3b2f6a1e-8c4d-4e5f-9a0b-1c2d3e4f5a6b");

        var first = await Send(Users.Coordinator, Registrations.Expatriate() with { PatientId = chosen });
        var retry = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator, Registrations.Pensioner() with { PatientId = chosen }));

        first.Patient.Id.ShouldBe(chosen);
        retry.Code.ShouldBe("PATIENT_ID_TAKEN");
        retry.Message.ShouldContain(chosen.ToString());
        (await Send(Users.Clinician, new GetPatient(chosen))).Identity.FamilyName.ShouldBe(first.Patient.Identity.FamilyName);
        (await OutboxAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task RegisterPatient_IsAuditedAsAChangeToPatientData()
    {
        await RegisterAsync(Registrations.Pensioner());

        var entry = Platform.Audit.Last;
        (entry.UserId, entry.Action, entry.Request, entry.ResourceType, entry.Outcome).ShouldBe(("amira", "change", "RegisterPatient", "Patient", AuditOutcome.Succeeded));
    }
}

public sealed class SqliteRegisterPatientTests() : RegisterPatientTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresRegisterPatientTests() : RegisterPatientTests("Postgres");
