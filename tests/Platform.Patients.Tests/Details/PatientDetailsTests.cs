using System.Text.Json;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Details;

public abstract class PatientDetailsTests(string provider) : PatientsTestBase(provider)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task UpdatePatientIdentity_FromCurrentVersion_ChangesItAndTellsOtherModules()
    {
        var patient = await RegisterAsync(Registrations.IllTraveler());

        var changed = await Send(Users.CaseManager, new UpdatePatientIdentity(patient.Id, 1, patient.Identity with { GivenName = "Jonas Peter", PassportNumber = "C02Y11U58" }));

        (changed.Version, changed.Identity.GivenName, changed.Identity.PassportNumber).ShouldBe((2, "Jonas Peter", "C02Y11U58"));
        var told = (await OutboxAsync())[^1];
        told.Type.ShouldBe(TypeName<PatientDetailsChanged>());
        JsonSerializer.Deserialize<PatientDetailsChanged>(told.Payload, _json)!
            .ShouldBe(new PatientDetailsChanged(patient.Id, PatientDetailsSection.Identity, 2, changed.UpdatedAt));
    }

    [Fact]
    public async Task UpdateContactDetails_FromAStaleVersion_IsRefusedAndKeepsTheNewerDetails()
    {
        var patient = await RegisterAsync(Registrations.Pensioner());
        await Send(Users.Coordinator, new UpdateContactDetails(patient.Id, 1, patient.Contacts with { Phone = "+46 70 123 45 67" }));

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(
            () => Send(Users.CaseManager, new UpdateContactDetails(patient.Id, 1, patient.Contacts with { Email = "ingrid@example.com" })));

        conflict.Message.ShouldBe($"Patient '{patient.Id}' was changed by someone else: you edited version 1, it is now at version 2. Reload it and apply your change again.");
        var stored = await Send(Users.Coordinator, new GetPatient(patient.Id));
        (stored.Version, stored.Contacts.Phone, stored.Contacts.Email).ShouldBe((2, "+46701234567", "ingrid.lindqvist@example.se"));
    }

    [Fact]
    public async Task SetLanguagePreferences_KeepsTheOrderGivenWithoutRepeats()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());

        var changed = await Send(Users.Coordinator, new SetLanguagePreferences(patient.Id, 1, ["fr", "AR", "en-gb", "ar"], InterpreterNeeded: true));

        changed.PreferredLanguages.ShouldBe(["fr", "ar", "en-GB"]);
        changed.InterpreterNeeded.ShouldBeTrue();
        (await Send(Users.Clinician, new GetPatient(patient.Id))).PreferredLanguages.ShouldBe(["fr", "ar", "en-GB"]);
    }

    [Fact]
    public async Task SetCulturalPreferences_StoresEveryPreference_AndOtherDietNeedsNotes()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());
        var preferences = new CulturalPreferences("Prayer times respected; Friday noon prayer", Diet.Halal, null, ClinicianGenderPreference.Female, FamilyInvolvement.SharedWithFamily, CommunicationStyle.ThroughFamily, "Husband attends consultations");

        var changed = await Send(Users.Coordinator, new SetCulturalPreferences(patient.Id, 1, preferences));
        var refused = await Should.ThrowAsync<ValidationException>(
            () => Send(Users.Coordinator, new SetCulturalPreferences(patient.Id, 2, preferences with { Diet = Diet.Other })));

        changed.CulturalPreferences.ShouldBe(preferences);
        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe("'preferences.dietNotes' must say what the patient eats when the diet is Other; got nothing.");
    }

    [Fact]
    public async Task AddAndRemoveRelatedPerson_ChangeTheListAndTheVersionEachTime()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());
        var husband = new RelatedPersonDetails("Khalid Al-Mansouri", Relationship.Spouse, "+971 50 765 4321", null, IsCompanion: true, IsNextOfKin: true, MayReceiveMedicalInformation: true);
        var sister = new RelatedPersonDetails("Mariam Al-Mansouri", Relationship.Sibling, null, "mariam@example.ae", IsCompanion: false, IsNextOfKin: false, MayReceiveMedicalInformation: false);

        await Send(Users.Coordinator, new AddRelatedPerson(patient.Id, 1, husband));
        var withBoth = await Send(Users.Coordinator, new AddRelatedPerson(patient.Id, 2, sister));
        var afterRemoval = await Send(Users.Coordinator, new RemoveRelatedPerson(patient.Id, 3, withBoth.RelatedPersons[0].Id));

        withBoth.RelatedPersons.Select(r => r.Details.Name).ShouldBe(["Khalid Al-Mansouri", "Mariam Al-Mansouri"]);
        withBoth.RelatedPersons[0].Details.Phone.ShouldBe("+971507654321");
        afterRemoval.Version.ShouldBe(4);
        afterRemoval.RelatedPersons.ShouldHaveSingleItem().Details.ShouldBe(sister);
    }

    [Fact]
    public async Task AddRelatedPerson_InTheSameInstantByTheSameUser_StillMovesTheVersion()
    {
        Clock.Freeze();
        var patient = await RegisterAsync(Registrations.Expatriate());
        var friend = new RelatedPersonDetails("Ana Cruz", Relationship.Friend, "+63 917 555 0199", null, IsCompanion: true, false, false);

        var changed = await Send(Users.Coordinator, new AddRelatedPerson(patient.Id, 1, friend));

        changed.Version.ShouldBe(2);
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Send(Users.Coordinator, new AddRelatedPerson(patient.Id, 1, friend)));
    }

    [Fact]
    public async Task AddRelatedPerson_NextOfKinWithoutPhoneOrEmail_IsRefused()
    {
        var patient = await RegisterAsync(Registrations.Expatriate());

        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator,
            new AddRelatedPerson(patient.Id, 1, new RelatedPersonDetails("Jose Reyes", Relationship.Spouse, null, null, false, IsNextOfKin: true, false))));

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe("'person.phone' or an email is required for next of kin, who must be reachable in an emergency; got nothing.");
    }

    [Fact]
    public async Task RemoveRelatedPerson_NotOnTheRecord_IsNotFound()
    {
        var patient = await RegisterAsync(Registrations.Expatriate());
        var unknown = Guid.NewGuid();

        var error = await Should.ThrowAsync<NotFoundException>(() => Send(Users.Coordinator, new RemoveRelatedPerson(patient.Id, 1, unknown)));

        error.Message.ShouldBe($"RelatedPerson '{unknown}' does not exist.");
    }

    [Fact]
    public async Task SetHomePhysician_SetsAndClearsThePhysician()
    {
        var patient = await RegisterAsync(Registrations.Pensioner());
        var doctor = new HomePhysicianDetails("Dr. Anders Berg", "Vårdcentralen Södermalm", "SWE", "+46 8 123 456 78", "anders.berg@example.se");

        var set = await Send(Users.Coordinator, new SetHomePhysician(patient.Id, 1, doctor));
        var cleared = await Send(Users.Coordinator, new SetHomePhysician(patient.Id, 2, null));

        set.HomePhysician.ShouldBe(doctor with { Country = "SE", Phone = "+46812345678" });
        cleared.HomePhysician.ShouldBeNull();
        (await Send(Users.Clinician, new GetPatient(patient.Id))).HomePhysician.ShouldBeNull();
    }

    [Fact]
    public async Task UpdatePatientIdentity_UnknownPatient_IsNotFound()
    {
        var unknown = Guid.NewGuid();

        var error = await Should.ThrowAsync<NotFoundException>(() => Send(Users.Coordinator, new UpdatePatientIdentity(unknown, 1, Registrations.Pensioner().Identity)));

        error.Message.ShouldBe($"Patient '{unknown}' does not exist.");
    }
}

public sealed class SqlitePatientDetailsTests() : PatientDetailsTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresPatientDetailsTests() : PatientDetailsTests("Postgres");
