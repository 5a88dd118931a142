using System.Text.Json;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Merging;

public abstract class MergePatientsTests(string provider) : PatientsTestBase(provider)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task MergePatients_KeepsTheDuplicateAndGivesTheSurvivorItsPeopleLanguagesAndConsentHistory()
    {
        var (survivor, duplicate) = await TwoRecordsOfOnePersonAsync();

        var merged = await Send(Users.Administrator, new MergePatients(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version, "Registered twice by web form and facilitator"));

        merged.RelatedPersons.ShouldHaveSingleItem().Details.Name.ShouldBe("Khalid Al-Mansouri");
        merged.RelatedPersons[0].MergedFromPatientId.ShouldBe(duplicate.Id);
        merged.PreferredLanguages.ShouldBe(["ar", "en-GB", "fr"]);
        merged.InterpreterNeeded.ShouldBeTrue();
        var record = merged.Merges.ShouldHaveSingleItem();
        (record.DuplicatePatientId, record.MergedBy, record.Note, record.RelatedPersonsTaken, record.ConsentRecordsTaken)
            .ShouldBe((duplicate.Id, "morgan", "Registered twice by web form and facilitator", 1, 2));
        record.LanguagesTaken.ShouldBe(["fr"]);

        var history = await Send(Users.Coordinator, new GetConsentHistory(survivor.Id, ConsentKind.Marketing));
        history.Records.Select(r => (r.Decision, r.RecordedBy, r.MergedFromPatientId)).ShouldBe(
        [
            (ConsentDecision.Granted, "amira", null),
            (ConsentDecision.Granted, "daniel", duplicate.Id),
            (ConsentDecision.Withdrawn, "daniel", duplicate.Id),
        ]);
        history.Current.ShouldHaveSingleItem().Granted.ShouldBeFalse("the duplicate's later withdrawal is the patient's latest word");

        var retired = await Send(Users.Coordinator, new GetPatient(duplicate.Id));
        (retired.MergedIntoId, retired.RelatedPersons.Count, retired.PreferredLanguages.Count).ShouldBe((survivor.Id, 1, 2));
        (await Send(Users.Coordinator, new GetConsentHistory(duplicate.Id))).Records.Count.ShouldBe(2);
    }

    [Fact]
    public async Task MergePatients_QueuesPatientsMergedKeyedByTheDuplicate_AndTheSurvivorsConsentChange()
    {
        var (survivor, duplicate) = await TwoRecordsOfOnePersonAsync();

        await Send(Users.Administrator, new MergePatients(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version, null));

        var messages = (await OutboxAsync()).TakeLast(2).ToList();
        messages[0].Type.ShouldBe(TypeName<PatientsMerged>());
        messages[0].AggregateKey.ShouldBe($"patient:{duplicate.Id}");
        var merged = JsonSerializer.Deserialize<PatientsMerged>(messages[0].Payload, _json)!;
        (merged.SurvivorId, merged.DuplicateId, merged.MergedBy).ShouldBe((survivor.Id, duplicate.Id, "morgan"));
        messages[1].Type.ShouldBe(TypeName<ConsentChanged>());
        var consent = JsonSerializer.Deserialize<ConsentChanged>(messages[1].Payload, _json)!;
        (consent.PatientId, consent.Kind, consent.Decision, consent.Granted, consent.Channel)
            .ShouldBe((survivor.Id, ConsentKind.Marketing, ConsentDecision.Withdrawn, false, ConsentChannel.Phone));
        messages[1].AggregateKey.ShouldBe($"patient:{survivor.Id}");
    }

    [Fact]
    public async Task MergePatients_IntoItself_IsRefusedWithTheReason()
    {
        var patient = await RegisterAsync(Registrations.Pensioner());

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Administrator, new MergePatients(patient.Id, 1, patient.Id, 1, null)));

        refused.Code.ShouldBe("MERGE_INTO_ITSELF");
        refused.Message.ShouldBe($"Patient '{patient.Id}' cannot be merged into itself: name the duplicate record to retire and a different record to keep.");
    }

    [Fact]
    public async Task MergePatients_AnAlreadyMergedDuplicate_IsRefusedAndNamesWhereItWent()
    {
        var (survivor, duplicate) = await TwoRecordsOfOnePersonAsync();
        var third = await RegisterAsync(Registrations.Pensioner());
        await Send(Users.Administrator, new MergePatients(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version, null));

        var again = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Administrator, new MergePatients(third.Id, 1, duplicate.Id, duplicate.Version, null)));
        var intoMerged = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Administrator, new MergePatients(duplicate.Id, duplicate.Version, third.Id, 1, null)));

        again.Code.ShouldBe("PATIENT_ALREADY_MERGED");
        again.Message.ShouldStartWith($"Patient '{duplicate.Id}' was already merged into patient '{survivor.Id}' on ");
        intoMerged.Code.ShouldBe("SURVIVOR_ALREADY_MERGED");
        intoMerged.Message.ShouldEndWith($"merge patient '{third.Id}' into '{survivor.Id}' instead.");
        (await Send(Users.Coordinator, new GetPatient(third.Id))).MergedIntoId.ShouldBeNull();
    }

    [Fact]
    public async Task ChangingAMergedRecord_IsRefusedAndPointsToTheSurvivor()
    {
        var (survivor, duplicate) = await TwoRecordsOfOnePersonAsync();
        await Send(Users.Administrator, new MergePatients(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version, null));
        var retired = await Send(Users.Coordinator, new GetPatient(duplicate.Id));

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator, new SetLanguagePreferences(duplicate.Id, retired.Version, ["es"], false)));

        refused.Code.ShouldBe("PATIENT_MERGED");
        refused.Message.ShouldEndWith($"make the change on patient '{survivor.Id}'.");
    }

    [Fact]
    public async Task MergePatients_FromAStaleVersionOfTheDuplicate_IsRefusedAndNothingIsMerged()
    {
        var (survivor, duplicate) = await TwoRecordsOfOnePersonAsync();

        await Should.ThrowAsync<ConcurrencyConflictException>(() => Send(Users.Administrator, new MergePatients(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version - 1, null)));

        (await Send(Users.Coordinator, new GetPatient(duplicate.Id))).MergedIntoId.ShouldBeNull();
        (await Send(Users.Coordinator, new GetPatient(survivor.Id))).Merges.ShouldBeEmpty();
    }

    [Fact]
    public async Task MergePatients_ByACoordinator_IsRefused()
    {
        var (survivor, duplicate) = await TwoRecordsOfOnePersonAsync();

        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Coordinator, new MergePatients(survivor.Id, survivor.Version, duplicate.Id, duplicate.Version, null)));

        denied.Message.ShouldBe("User 'amira' (roles: coordinator) may not use MergePatients: it needs one of the roles administrator.");
    }

    /// <summary>The same woman registered by a facilitator, then again through the web with her husband and a marketing withdrawal.</summary>
    private async Task<(PatientDto Survivor, PatientDto Duplicate)> TwoRecordsOfOnePersonAsync()
    {
        var survivor = await RegisterAsync(Registrations.MedicalTourist());
        survivor = await Send(Users.Coordinator, new RecordConsent(survivor.Id, survivor.Version, ConsentKind.Marketing, ConsentDecision.Granted, ConsentChannel.SignedForm, DateTimeOffset.UtcNow.AddDays(-10), null));

        var duplicate = (await Send(Users.CaseManager, Registrations.MedicalTourist() with { PreferredLanguages = ["ar", "fr"], InterpreterNeeded = true })).Patient;
        duplicate = await Send(Users.CaseManager, new AddRelatedPerson(duplicate.Id, duplicate.Version,
            new RelatedPersonDetails("Khalid Al-Mansouri", Relationship.Spouse, "+971 50 765 4321", null, true, true, true)));
        duplicate = await Send(Users.CaseManager, new RecordConsent(duplicate.Id, duplicate.Version, ConsentKind.Marketing, ConsentDecision.Granted, ConsentChannel.Portal, DateTimeOffset.UtcNow.AddDays(-5), null));
        duplicate = await Send(Users.CaseManager, new RecordConsent(duplicate.Id, duplicate.Version, ConsentKind.Marketing, ConsentDecision.Withdrawn, ConsentChannel.Phone, DateTimeOffset.UtcNow.AddDays(-1), null));
        return (survivor, duplicate);
    }
}

public sealed class SqliteMergePatientsTests() : MergePatientsTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresMergePatientsTests() : MergePatientsTests("Postgres");
