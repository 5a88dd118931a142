using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Contracts;
using Platform.Kernel.Security;

namespace Platform.Host.Tests;

/// <summary>
/// The Patients module's GraphQL face on the real host, over HTTP: the patients connection (filters,
/// orders, paging), name search, node(id:), every registry mutation with its typed errors, consent
/// withdrawal, merging duplicates, and who may see what. Each test's patients carry a referrer
/// organization of their own, so whatever else the database holds does not change the answers.
/// </summary>
public sealed class PatientGraphQLTests : IDisposable
{
    private const string SigningKey = "patient-graphql-tests-signing-key-0123456789";
    private const string PatientFields = "id registryId version kind identity { familyName givenName nativeFamilyName nationality passportNumber } interpreterNeeded";
    private readonly HostFactory _host = new() { Settings = { ["Identity:Jwt:SigningKey"] = SigningKey } };
    private static readonly string[] _arabic = ["ar"];
    private static readonly string[] _arabicThenEnglish = ["ar", "en-GB"];
    private static readonly string[] _portuguese = ["pt"];
    private static readonly string[] _ammanAddress = ["12 Rainbow Street"];
    private readonly Guid _referrer = Guid.NewGuid();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Patients_PagedForwardAndBackward_ByFamilyName_HasNoDuplicatesOrSkips_EvenWhenPatientsAreAdded()
    {
        var coordinator = await TokenAsync("coordinator");
        foreach (var name in new[] { "Öztürk", "Abebe", "Lindqvist", "Nguyen", "Al-Mansouri", "Abebe", "Zhang", "de la Cruz" })
        {
            await RegisterAsync(coordinator, name);
        }

        List<string> forward = [];
        string? after = null;
        var pages = 0;
        do
        {
            var page = Data(await QueryAsync(coordinator, """
                query($filter: PatientFilterInput, $after: String) {
                  patients(first: 3, after: $after, filter: $filter) { totalCount edges { cursor node { identity { familyName } } } pageInfo { hasNextPage endCursor } }
                }
                """, new { filter = Mine(), after })).GetProperty("patients");
            forward.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("identity").GetProperty("familyName").GetString()!));
            page.GetProperty("totalCount").GetInt32().ShouldBe(pages == 0 ? 8 : 9);
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            if (pages++ == 0)
            {
                await RegisterAsync(coordinator, "Aaron");
            }
        }
        while (after is not null);

        var backward = Data(await QueryAsync(coordinator, """
            query($filter: PatientFilterInput) { patients(last: 4, filter: $filter) { nodes { identity { familyName } } pageInfo { hasPreviousPage hasNextPage startCursor } } }
            """, new { filter = Mine() })).GetProperty("patients");

        forward.ShouldBe(["Abebe", "Abebe", "Al-Mansouri", "de la Cruz", "Lindqvist", "Nguyen", "Öztürk", "Zhang"]);
        pages.ShouldBe(3);
        FamilyNames(backward).ShouldBe(["Lindqvist", "Nguyen", "Öztürk", "Zhang"]);
        backward.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Patients_FilteredByKindNationalityInterpreterAndDates_AndSortedNewestFirst()
    {
        var coordinator = await TokenAsync("coordinator");
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        var emirati = await RegisterAsync(coordinator, "Haddad", nationality: "AE", interpreter: true);
        await RegisterAsync(coordinator, "Schmidt", nationality: "DE", kind: "ILL_OR_INJURED_TRAVELER", interpreter: true);
        var last = await RegisterAsync(coordinator, "Reyes", nationality: "PH", kind: "EXPATRIATE_OR_FOREIGN_WORKER");

        const string query = """
            query($filter: PatientFilterInput, $order: PatientOrder!) { patients(first: 10, filter: $filter, orderBy: $order) { totalCount nodes { id identity { familyName } } } }
            """;
        var byCountry = Data(await QueryAsync(coordinator, query, new { filter = Mine(new { nationality = "ARE" }), order = "FAMILY_NAME" })).GetProperty("patients");
        var interpreted = Data(await QueryAsync(coordinator, query, new { filter = Mine(new { interpreterNeeded = true, kind = "MEDICAL_TOURIST" }), order = "FAMILY_NAME" })).GetProperty("patients");
        var newest = Data(await QueryAsync(coordinator, query, new { filter = Mine(), order = "NEWEST_FIRST" })).GetProperty("patients");
        var inRange = Data(await QueryAsync(coordinator, query, new { filter = Mine(new { registeredFrom = start, registeredBefore = start.AddHours(1) }), order = "FAMILY_NAME" })).GetProperty("patients");
        var future = Data(await QueryAsync(coordinator, query, new { filter = Mine(new { registeredFrom = start.AddHours(1) }), order = "FAMILY_NAME" })).GetProperty("patients");

        Ids(byCountry).ShouldBe([emirati.Id]);
        Ids(interpreted).ShouldBe([emirati.Id]);
        FamilyNames(newest).ShouldBe(["Reyes", "Schmidt", "Haddad"]);
        Ids(newest)[0].ShouldBe(last.Id);
        inRange.GetProperty("totalCount").GetInt32().ShouldBe(3);
        future.GetProperty("nodes").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Patients_BrokenFilter_IsAValidationErrorNamingTheFieldAndValue()
    {
        var coordinator = await TokenAsync("coordinator");

        var body = await QueryAsync(coordinator, "{ patients(filter: { nationality: \"Atlantis\" }) { totalCount } }");

        var error = body.GetProperty("errors")[0];
        Code(error).ShouldBe("VALIDATION_FAILED");
        var detail = error.GetProperty("extensions").GetProperty("errors")[0];
        detail.GetProperty("field").GetString().ShouldBe("filter.nationality");
        detail.GetProperty("message").GetString()!.ShouldContain("Atlantis");
    }

    [Fact]
    public async Task Patients_NameSearch_IgnoresCaseAndAccents_AndFindsNativeScript()
    {
        var coordinator = await TokenAsync("coordinator");
        var fatima = await RegisterAsync(coordinator, "Al-Mansouri", given: "Fatima", nativeFamily: "المنصوري", nativeGiven: "فاطمة");
        var anna = await RegisterAsync(coordinator, "Müller", given: "Anna");
        var chen = await RegisterAsync(coordinator, "Chen", given: "Wei", nativeFamily: "陈", nativeGiven: "伟");

        async Task<List<string>> Search(string name) => Ids(Data(await QueryAsync(coordinator,
            "query($filter: PatientFilterInput) { patients(filter: $filter) { nodes { id } } }", new { filter = Mine(new { name }) })).GetProperty("patients"));

        (await Search("MANSOUR")).ShouldBe([fatima.Id]);
        (await Search("فاطمة")).ShouldBe([fatima.Id]);
        (await Search("muller")).ShouldBe([anna.Id]);
        (await Search("MÜLL")).ShouldBe([anna.Id]);
        (await Search("陈")).ShouldBe([chen.Id]);
        (await Search("wei")).ShouldBe([chen.Id]);
        (await Search("nobody")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Node_ReturnsThePatientByGlobalId_NullForAnUnknownOne_AndPatientRefusesAnotherTypesId()
    {
        var coordinator = await TokenAsync("coordinator");
        var patient = await RegisterAsync(coordinator, "Haddad", given: "Amira");
        var unknown = GlobalId("Patient", Guid.NewGuid().ToString("D"));
        var ward = GlobalId("Ward", "7");

        var body = Data(await QueryAsync(coordinator, """
            query($id: ID!, $unknown: ID!) {
              node(id: $id) { __typename id ... on Patient { identity { givenName } } }
              missing: node(id: $unknown) { id }
              nodes(ids: [$id, $unknown]) { id }
              patient(id: $id) { registryId }
            }
            """, new { id = patient.Id, unknown }));
        var wrongType = await QueryAsync(coordinator, "query($id: ID!) { patient(id: $id) { id } }", new { id = ward });

        body.GetProperty("node").GetProperty("__typename").GetString().ShouldBe("Patient");
        body.GetProperty("node").GetProperty("id").GetString().ShouldBe(patient.Id);
        body.GetProperty("node").GetProperty("identity").GetProperty("givenName").GetString().ShouldBe("Amira");
        body.GetProperty("missing").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("nodes")[1].ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("patient").GetProperty("registryId").GetString().ShouldBe(patient.RegistryId);
        var error = wrongType.GetProperty("errors")[0];
        Code(error).ShouldBe("VALIDATION_FAILED");
        error.GetProperty("message").GetString()!.ShouldContain("is the id of a Ward");
    }

    [Fact]
    public async Task Patient_WithoutToken_IsAFieldError_Unauthenticated()
    {
        var patientId = GlobalId("Patient", "0f8fad5b-d9cb-469f-a165-70867728950e");

        var body = await QueryAsync(null, "query($id: ID!) { patient(id: $id) { id } }", new { id = patientId });

        body.GetProperty("data").GetProperty("patient").ValueKind.ShouldBe(JsonValueKind.Null);
        var error = body.GetProperty("errors")[0];
        Code(error).ShouldBe("UNAUTHENTICATED");
        error.GetProperty("path")[0].GetString().ShouldBe("patient");
    }

    [Fact]
    public async Task RegisterPatient_WithBrokenRules_ReturnsTypedUserErrors_AndNoPatient()
    {
        var coordinator = await TokenAsync("coordinator");

        var payload = Data(await QueryAsync(coordinator, """
            mutation { registerPatient(input: { kind: MEDICAL_TOURIST, source: DIRECT,
              identity: { familyName: "Haddad", dateOfBirth: "1984-03-02", sex: FEMALE, nationality: "XX" } }) {
                patient { id }
                errors { __typename message code ... on ValidationError { field rule value } } } }
            """)).GetProperty("registerPatient");

        payload.GetProperty("patient").ValueKind.ShouldBe(JsonValueKind.Null);
        var error = payload.GetProperty("errors")[0];
        (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()).ShouldBe(("ValidationError", "VALIDATION_FAILED"));
        (error.GetProperty("field").GetString(), error.GetProperty("value").GetString()).ShouldBe(("identity.nationality", "XX"));
        error.GetProperty("message").GetString()!.ShouldContain("XX");
    }

    [Fact]
    public async Task EveryDetailsMutation_ChangesTheRecord_AndMovesItsVersion()
    {
        var coordinator = await TokenAsync("coordinator");
        var patient = await RegisterAsync(coordinator, "Haddad", given: "Amira");
        var version = patient.Version;

        async Task<JsonElement> Change(string mutation, string inputType, object input, string selection)
        {
            var payload = Data(await QueryAsync(coordinator, $$"""
                mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { patient { version {{selection}} } errors { __typename message } } }
                """, new { input })).GetProperty(mutation);
            payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
            var changed = payload.GetProperty("patient");
            changed.GetProperty("version").GetInt64().ShouldBe(++version);
            return changed;
        }

        var identity = await Change("updatePatientIdentity", "UpdatePatientIdentityInput", new
        {
            patientId = patient.Id,
            expectedVersion = version,
            identity = new { familyName = "Haddad", givenName = "Amira", nativeFamilyName = "حداد", dateOfBirth = "1984-03-02", sex = "FEMALE", nationality = "JO", passportNumber = "n 123-456", passportExpiry = "2031-01-01" },
        }, "identity { nativeFamilyName nationality passportNumber passportExpiry }");
        var contacts = await Change("updateContactDetails", "UpdateContactDetailsInput", new
        {
            patientId = patient.Id,
            expectedVersion = version,
            contacts = new { email = "amira@example.jo", phone = "+962 7 9123 4567", preferredChannel = "WHATS_APP", contactHoursFrom = "09:00", contactHoursTo = "17:30", timeZone = "Asia/Amman", homeAddress = new { lines = _ammanAddress, city = "Amman", country = "JO" } },
        }, "contacts { email phone preferredChannel contactHoursFrom contactHoursTo timeZone homeAddress { city country } }");
        var languages = await Change("setLanguagePreferences", "SetLanguagePreferencesInput", new { patientId = patient.Id, expectedVersion = version, languages = _arabicThenEnglish, interpreterNeeded = true }, "preferredLanguages interpreterNeeded");
        var culture = await Change("setCulturalPreferences", "SetCulturalPreferencesInput", new { patientId = patient.Id, expectedVersion = version, preferences = new { diet = "HALAL", clinicianGender = "FEMALE", familyInvolvement = "SHARED_WITH_FAMILY", communicationStyle = "GENTLE" } }, "culturalPreferences { diet clinicianGender familyInvolvement communicationStyle religiousNeeds }");
        var physician = await Change("setHomePhysician", "SetHomePhysicianInput", new { patientId = patient.Id, expectedVersion = version, physician = new { name = "Dr. Khalil Nasser", practice = "Amman Family Clinic", country = "JO" } }, "homePhysician { name practice country }");
        var added = await Change("addRelatedPerson", "AddRelatedPersonInput", new { patientId = patient.Id, expectedVersion = version, person = new { name = "Omar Haddad", relationship = "SPOUSE", phone = "+962 7 9765 4321", isCompanion = true, isNextOfKin = true, mayReceiveMedicalInformation = true } }, "relatedPersons { id name relationship } companions { name } nextOfKin { name }");
        var relatedId = added.GetProperty("relatedPersons")[0].GetProperty("id").GetString();
        var removed = await Change("removeRelatedPerson", "RemoveRelatedPersonInput", new { patientId = patient.Id, expectedVersion = version, relatedPersonId = relatedId }, "relatedPersons { id }");
        var cleared = await Change("setHomePhysician", "SetHomePhysicianInput", new { patientId = patient.Id, expectedVersion = version }, "homePhysician { name }");

        identity.GetProperty("identity").GetProperty("passportNumber").GetString().ShouldBe("N123456");
        identity.GetProperty("identity").GetProperty("nationality").GetString().ShouldBe("JO");
        var reach = contacts.GetProperty("contacts");
        (reach.GetProperty("phone").GetString(), reach.GetProperty("preferredChannel").GetString(), reach.GetProperty("contactHoursTo").GetString()).ShouldBe(("+962791234567", "WHATS_APP", "17:30"));
        reach.GetProperty("homeAddress").GetProperty("city").GetString().ShouldBe("Amman");
        languages.GetProperty("preferredLanguages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["ar", "en-GB"]);
        culture.GetProperty("culturalPreferences").GetProperty("diet").GetString().ShouldBe("HALAL");
        culture.GetProperty("culturalPreferences").GetProperty("religiousNeeds").ValueKind.ShouldBe(JsonValueKind.Null);
        physician.GetProperty("homePhysician").GetProperty("practice").GetString().ShouldBe("Amman Family Clinic");
        added.GetProperty("companions")[0].GetProperty("name").GetString().ShouldBe("Omar Haddad");
        added.GetProperty("nextOfKin").GetArrayLength().ShouldBe(1);
        removed.GetProperty("relatedPersons").GetArrayLength().ShouldBe(0);
        cleared.GetProperty("homePhysician").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Mutations_ReturnTypedErrors_ForBrokenRules_StaleVersions_WrongIds_AndMissingRecords_AndChangeNothing()
    {
        var coordinator = await TokenAsync("coordinator");
        var patient = await RegisterAsync(coordinator, "Haddad");
        const string contacts = """
            mutation($input: UpdateContactDetailsInput!) { updateContactDetails(input: $input) { patient { id } errors { __typename code message ... on ValidationError { field rule value } } } }
            """;

        var invalid = await ErrorsAsync(coordinator, contacts, "updateContactDetails", new { patientId = patient.Id, expectedVersion = 1, contacts = new { email = "not-an-email", contactHoursFrom = "9 o'clock", contactHoursTo = "17:00", timeZone = "Asia/Dubai" } });
        var hoursOk = await ErrorsAsync(coordinator, contacts, "updateContactDetails", new { patientId = patient.Id, expectedVersion = 1, contacts = new { email = "not-an-email" } });
        var stale = await ErrorsAsync(coordinator, contacts, "updateContactDetails", new { patientId = patient.Id, expectedVersion = 7, contacts = new { email = "amira@example.com" } });
        var wrongType = await ErrorsAsync(coordinator, contacts, "updateContactDetails", new { patientId = GlobalId("Journey", Guid.NewGuid().ToString("D")), expectedVersion = 1, contacts = new { } });
        var missing = await ErrorsAsync(coordinator, contacts, "updateContactDetails", new { patientId = GlobalId("Patient", Guid.NewGuid().ToString("D")), expectedVersion = 1, contacts = new { } });
        var after = Data(await QueryAsync(coordinator, "query($id: ID!) { patient(id: $id) { version contacts { email } } }", new { id = patient.Id })).GetProperty("patient");

        var hours = invalid.ShouldHaveSingleItem();
        (hours.GetProperty("__typename").GetString(), hours.GetProperty("field").GetString(), hours.GetProperty("rule").GetString(), hours.GetProperty("value").GetString())
            .ShouldBe(("ValidationError", "contacts.contactHoursFrom", "Format", "9 o'clock"));
        var email = hoursOk.ShouldHaveSingleItem();
        (email.GetProperty("field").GetString(), email.GetProperty("value").GetString()).ShouldBe(("contacts.email", "not-an-email"));
        email.GetProperty("message").GetString()!.ShouldContain("not-an-email");
        var conflict = stale.ShouldHaveSingleItem();
        (conflict.GetProperty("__typename").GetString(), conflict.GetProperty("code").GetString()).ShouldBe(("ConcurrencyError", "CONCURRENCY_CONFLICT"));
        wrongType.ShouldHaveSingleItem().GetProperty("field").GetString().ShouldBe("patientId");
        missing.ShouldHaveSingleItem().GetProperty("__typename").GetString().ShouldBe("NotFoundError");
        (after.GetProperty("version").GetInt64(), after.GetProperty("contacts").GetProperty("email").ValueKind).ShouldBe((1L, JsonValueKind.Null));
    }

    [Theory]
    [InlineData("updatePatientIdentity", """{"identity": {"familyName": "Haddad", "dateOfBirth": "1984-03-02", "sex": "FEMALE", "nationality": "Atlantis"}}""", """{"identity": {"familyName": "Haddad", "dateOfBirth": "1984-03-02", "sex": "FEMALE", "nationality": "JO"}}""", "identity.nationality", "Atlantis")]
    [InlineData("setLanguagePreferences", """{"languages": ["ar", "not a language"], "interpreterNeeded": true}""", """{"languages": ["ar"], "interpreterNeeded": true}""", "languages[1]", "not a language")]
    [InlineData("setCulturalPreferences", """{"preferences": {"diet": "OTHER"}}""", """{"preferences": {"diet": "OTHER", "dietNotes": "No shellfish"}}""", "preferences.dietNotes", null)]
    [InlineData("setHomePhysician", """{"physician": {"name": "Dr. Khalil Nasser", "country": "Narnia"}}""", """{"physician": {"name": "Dr. Khalil Nasser", "country": "JO"}}""", "physician.country", "Narnia")]
    [InlineData("addRelatedPerson", """{"person": {"name": "Omar", "relationship": "SPOUSE", "email": "omar-at-example", "isCompanion": true, "isNextOfKin": false, "mayReceiveMedicalInformation": false}}""", """{"person": {"name": "Omar", "relationship": "SPOUSE", "isCompanion": true, "isNextOfKin": false, "mayReceiveMedicalInformation": false}}""", "person.email", "omar-at-example")]
    [InlineData("removeRelatedPerson", """{"relatedPersonId": "00000000-0000-0000-0000-000000000000"}""", """{"relatedPersonId": "5b3f2d8e-0c4a-4a7e-9a51-3c2f6b1d9e20"}""", "relatedPersonId", "00000000-0000-0000-0000-000000000000")]
    public async Task EachDetailsMutation_BrokenInput_IsAValidationErrorNamingFieldAndValue_AndAStaleVersionIsAConcurrencyError(
        string mutation, string invalidInput, string validInput, string field, string? value)
    {
        var coordinator = await TokenAsync("coordinator");
        var patient = await RegisterAsync(coordinator, "Haddad");
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var query = $$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { patient { id } errors { __typename code message ... on ValidationError { field rule value } } } }
            """;
        Dictionary<string, object?> With(string input, long version)
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(input)!;
            fields["patientId"] = patient.Id;
            fields["expectedVersion"] = version;
            return fields;
        }

        var invalid = await ErrorsAsync(coordinator, query, mutation, With(invalidInput, patient.Version));
        var stale = await ErrorsAsync(coordinator, query, mutation, With(validInput, patient.Version + 4));

        var error = invalid.ShouldHaveSingleItem();
        (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString(), error.GetProperty("field").GetString())
            .ShouldBe(("ValidationError", "VALIDATION_FAILED", field));
        error.GetProperty("value").ValueKind.ShouldBe(value is null ? JsonValueKind.Null : JsonValueKind.String);
        if (value is not null)
        {
            error.GetProperty("value").GetString().ShouldBe(value);
            error.GetProperty("message").GetString()!.ShouldContain(value);
        }

        stale.ShouldHaveSingleItem().GetProperty("__typename").GetString().ShouldBe("ConcurrencyError");
    }

    [Fact]
    public async Task RecordConsent_GrantThenWithdraw_KeepsTheFullHistory_AndTheWithdrawalIsInForce()
    {
        var coordinator = await TokenAsync("coordinator");
        var patient = await RegisterAsync(coordinator, "Santos", given: "Maria");
        const string record = """
            mutation($input: RecordConsentInput!) { recordConsent(input: $input) { patient { version consents { kind granted lastDecision } } consent { kind granted lastDecision } errors { __typename message } } }
            """;

        var granted = Data(await QueryAsync(coordinator, record, new { input = new { patientId = patient.Id, expectedVersion = 1, kind = "MARKETING", decision = "GRANTED", channel = "SIGNED_FORM", note = "Newsletter" } })).GetProperty("recordConsent");
        var withdrawn = Data(await QueryAsync(coordinator, record, new { input = new { patientId = patient.Id, expectedVersion = 2, kind = "MARKETING", decision = "WITHDRAWN", channel = "EMAIL" } })).GetProperty("recordConsent");
        var future = await ErrorsAsync(coordinator, record, "recordConsent", new { patientId = patient.Id, expectedVersion = 3, kind = "MARKETING", decision = "GRANTED", channel = "PHONE", occurredAt = DateTimeOffset.UtcNow.AddDays(3) });
        var history = Data(await QueryAsync(coordinator, """
            query($id: ID!) { consentHistory(patientId: $id, kind: MARKETING) { patientId current { kind granted lastDecision } records { decision channel note recordedBy } } }
            """, new { id = patient.Id })).GetProperty("consentHistory");

        granted.GetProperty("consent").GetProperty("granted").GetBoolean().ShouldBeTrue();
        withdrawn.GetProperty("consent").GetProperty("granted").GetBoolean().ShouldBeFalse();
        withdrawn.GetProperty("consent").GetProperty("lastDecision").GetString().ShouldBe("WITHDRAWN");
        future.ShouldHaveSingleItem().GetProperty("__typename").GetString().ShouldBe("ValidationError");
        history.GetProperty("patientId").GetString().ShouldBe(patient.Id);
        history.GetProperty("records").EnumerateArray().Select(r => (r.GetProperty("decision").GetString(), r.GetProperty("channel").GetString()))
            .ShouldBe([("GRANTED", "SIGNED_FORM"), ("WITHDRAWN", "EMAIL")]);
        history.GetProperty("current").EnumerateArray().ShouldHaveSingleItem().GetProperty("granted").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task DuplicateCandidates_ThenMergePatients_KeepsTheDuplicatesHistoryOnTheSurvivor()
    {
        var coordinator = await TokenAsync("coordinator");
        var administrator = await TokenAsync("administrator");
        var survivor = await RegisterAsync(coordinator, "Lindqvist", given: "Ingrid", nationality: "SE", passport: "SE1234567");
        var duplicate = await RegisterAsync(coordinator, "Lindqvist", given: "Ingrid", nationality: "SE", passport: "SE 123 4567");
        Data(await QueryAsync(coordinator, """
            mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { message } } }
            """, new { input = new { patientId = duplicate.Id, expectedVersion = 1, kind = "TREATMENT_DATA_SHARING", decision = "GRANTED", channel = "IN_PERSON" } }));
        const string merge = """
            mutation($input: MergePatientsInput!) { mergePatients(input: $input) {
              patient { id merges { duplicateId mergedBy consentRecordsTaken } consents { kind granted } }
              errors { __typename code message } } }
            """;

        var candidates = Data(await QueryAsync(coordinator, "query($id: ID!) { duplicateCandidates(patientId: $id) { patientId reasons score } }", new { id = survivor.Id })).GetProperty("duplicateCandidates");
        var byCoordinator = await QueryAsync(coordinator, merge, new { input = new { patientId = survivor.Id, expectedVersion = 1, duplicateId = duplicate.Id, duplicateExpectedVersion = 2 } });
        var stale = await ErrorsAsync(administrator, merge, "mergePatients", new { patientId = survivor.Id, expectedVersion = 1, duplicateId = duplicate.Id, duplicateExpectedVersion = 1 });
        var merged = Data(await QueryAsync(administrator, merge, new { input = new { patientId = survivor.Id, expectedVersion = 1, duplicateId = duplicate.Id, duplicateExpectedVersion = 2, note = "Same passport" } })).GetProperty("mergePatients");
        var again = await ErrorsAsync(administrator, merge, "mergePatients", new { patientId = survivor.Id, expectedVersion = 2, duplicateId = duplicate.Id, duplicateExpectedVersion = 3 });
        var read = Data(await QueryAsync(coordinator, """
            query($duplicate: ID!, $survivor: ID!) {
              duplicate: node(id: $duplicate) { ... on Patient { mergedIntoId mergedAt } }
              history: consentHistory(patientId: $survivor) { records { kind mergedFromPatientId } }
            }
            """, new { duplicate = duplicate.Id, survivor = survivor.Id }));

        var candidate = candidates.EnumerateArray().ShouldHaveSingleItem();
        candidate.GetProperty("patientId").GetString().ShouldBe(duplicate.Id);
        candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldContain("SAME_PASSPORT");
        Code(byCoordinator.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
        stale.ShouldHaveSingleItem().GetProperty("__typename").GetString().ShouldBe("ConcurrencyError");
        merged.GetProperty("errors").GetArrayLength().ShouldBe(0, merged.ToString());
        var record = merged.GetProperty("patient");
        record.GetProperty("merges").EnumerateArray().ShouldHaveSingleItem().GetProperty("duplicateId").GetString().ShouldBe(duplicate.Id);
        record.GetProperty("merges")[0].GetProperty("consentRecordsTaken").GetInt32().ShouldBe(1);
        record.GetProperty("consents").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "TREATMENT_DATA_SHARING").GetProperty("granted").GetBoolean().ShouldBeTrue();
        again.ShouldHaveSingleItem().GetProperty("__typename").GetString().ShouldBe("BusinessRuleError");
        read.GetProperty("duplicate").GetProperty("mergedIntoId").GetString().ShouldBe(survivor.Id);
        read.GetProperty("history").GetProperty("records").EnumerateArray().ShouldHaveSingleItem().GetProperty("mergedFromPatientId").GetString().ShouldBe(duplicate.Id);
    }

    [Fact]
    public async Task APatient_SeesOnlyTheirOwnRecord_AndMayWithdrawTheirOwnConsent()
    {
        var coordinator = await TokenAsync("coordinator");
        var own = await RegisterAsync(coordinator, "Santos", given: "Maria", passport: "P1234567");
        var other = await RegisterAsync(coordinator, "Reyes", given: "Luisa");
        var patient = Mint("maria", Roles.Patient, patientId: Guid.Parse(own.RegistryId));

        var list = Data(await QueryAsync(patient, "{ patients(first: 50) { totalCount nodes { id identity { passportNumber } } } }")).GetProperty("patients");
        var stranger = await QueryAsync(patient, "query($id: ID!) { patient(id: $id) { id } }", new { id = other.Id });
        var withdrawal = Data(await QueryAsync(patient, """
            mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { granted lastDecision } errors { message } } }
            """, new { input = new { patientId = own.Id, expectedVersion = 1, kind = "MARKETING", decision = "WITHDRAWN", channel = "PORTAL" } })).GetProperty("recordConsent");
        var edit = await QueryAsync(patient, """
            mutation($input: SetLanguagePreferencesInput!) { setLanguagePreferences(input: $input) { errors { message } } }
            """, new { input = new { patientId = own.Id, expectedVersion = 2, languages = _portuguese, interpreterNeeded = false } });

        Ids(list).ShouldBe([own.Id]);
        list.GetProperty("totalCount").GetInt32().ShouldBe(1);
        list.GetProperty("nodes")[0].GetProperty("identity").GetProperty("passportNumber").GetString().ShouldBe("P1234567");
        Code(stranger.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
        withdrawal.GetProperty("consent").GetProperty("lastDecision").GetString().ShouldBe("WITHDRAWN");
        Code(edit.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task APartnerAgent_SeesOnlyGrantedPatients_WithoutPassportNumbers_AndAnEmptyListWithoutGrants()
    {
        var coordinator = await TokenAsync("coordinator");
        var granted = await RegisterAsync(coordinator, "Al-Mansouri", given: "Fatima", passport: "A1234567");
        var notGranted = await RegisterAsync(coordinator, "Schmidt", given: "Jonas");
        var organization = Guid.NewGuid();
        var agent = Mint("kenji", Roles.PartnerAgent, organizationId: organization);
        const string query = "query($id: ID!) { patients(first: 50) { totalCount nodes { id identity { passportNumber } } } patient(id: $id) { id } }";

        var before = await QueryAsync(agent, query, new { id = granted.Id });
        await GrantAsync(Guid.Parse(granted.RegistryId), organization);
        var after = await QueryAsync(agent, query, new { id = granted.Id });
        var refused = await QueryAsync(agent, "query($id: ID!) { patient(id: $id) { id } }", new { id = notGranted.Id });
        var change = await QueryAsync(agent, """
            mutation($input: SetLanguagePreferencesInput!) { setLanguagePreferences(input: $input) { errors { message } } }
            """, new { input = new { patientId = granted.Id, expectedVersion = 1, languages = _arabic, interpreterNeeded = true } });

        before.GetProperty("data").GetProperty("patients").GetProperty("nodes").GetArrayLength().ShouldBe(0);
        before.GetProperty("data").GetProperty("patients").GetProperty("totalCount").GetInt32().ShouldBe(0);
        Code(before.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
        var list = after.GetProperty("data").GetProperty("patients");
        Ids(list).ShouldBe([granted.Id]);
        list.GetProperty("nodes")[0].GetProperty("identity").GetProperty("passportNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("data").GetProperty("patient").GetProperty("id").GetString().ShouldBe(granted.Id);
        after.TryGetProperty("errors", out _).ShouldBeFalse(after.ToString());
        Code(refused.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
        Code(change.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task MarketingIsRefusedThePatientList_FinanceAndCliniciansReadWithoutPassports_AndMayNotChangeRecords()
    {
        var coordinator = await TokenAsync("coordinator");
        var patient = await RegisterAsync(coordinator, "Haddad", passport: "X9876543");
        var marketing = await TokenAsync("marketing");
        var finance = await TokenAsync("finance");
        var clinician = await TokenAsync("clinician");
        const string read = "query($filter: PatientFilterInput) { patients(filter: $filter) { nodes { id identity { passportNumber } } } }";
        const string change = """
            mutation($input: SetLanguagePreferencesInput!) { setLanguagePreferences(input: $input) { errors { message } } }
            """;
        var input = new { patientId = patient.Id, expectedVersion = 1, languages = _arabic, interpreterNeeded = true };

        var refused = await QueryAsync(marketing, read, new { filter = Mine() });
        var financeList = Data(await QueryAsync(finance, read, new { filter = Mine() })).GetProperty("patients");
        var clinicianList = Data(await QueryAsync(clinician, read, new { filter = Mine() })).GetProperty("patients");
        var coordinatorList = Data(await QueryAsync(coordinator, read, new { filter = Mine() })).GetProperty("patients");
        var financeChange = await QueryAsync(finance, change, new { input });
        var marketingChange = await QueryAsync(marketing, change, new { input });

        Code(refused.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
        refused.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("SearchPatients");
        financeList.GetProperty("nodes")[0].GetProperty("identity").GetProperty("passportNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        clinicianList.GetProperty("nodes")[0].GetProperty("identity").GetProperty("passportNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        coordinatorList.GetProperty("nodes")[0].GetProperty("identity").GetProperty("passportNumber").GetString().ShouldBe("X9876543");
        Code(financeChange.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
        Code(marketingChange.GetProperty("errors")[0]).ShouldBe("FORBIDDEN");
    }

    /// <summary>A filter on this test's own patients, with more conditions when given.</summary>
    private Dictionary<string, object?> Mine(object? more = null)
    {
        Dictionary<string, object?> filter = more is null ? [] : JsonSerializer.SerializeToElement(more).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        filter["referrerOrganizationId"] = _referrer;
        return filter;
    }

    private async Task<Registered> RegisterAsync(
        string token,
        string familyName,
        string? given = null,
        string nationality = "GB",
        string kind = "MEDICAL_TOURIST",
        bool interpreter = false,
        string? passport = null,
        string? nativeFamily = null,
        string? nativeGiven = null)
    {
        var payload = Data(await QueryAsync(token, $$"""
            mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { {{PatientFields}} } errors { message } } }
            """, new
        {
            input = new
            {
                kind,
                source = "FACILITATOR",
                referrerOrganizationId = _referrer,
                interpreterNeeded = interpreter,
                identity = new { familyName, givenName = given, nativeFamilyName = nativeFamily, nativeGivenName = nativeGiven, dateOfBirth = "1970-01-01", sex = "UNKNOWN", nationality, passportNumber = passport },
            },
        })).GetProperty("registerPatient");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        var patient = payload.GetProperty("patient");
        return new Registered(patient.GetProperty("id").GetString()!, patient.GetProperty("registryId").GetString()!, patient.GetProperty("version").GetInt64());
    }

    /// <summary>Grants a partner organization access to a patient through the Identity module, as a coordinator would.</summary>
    private async Task GrantAsync(Guid patientId, Guid organizationId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.Create("amira", "Amira Haddad", [Roles.Coordinator]), "test");
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GrantPartnerAccess(patientId, organizationId, "Travel arrangements", null));
    }

    private async Task<List<JsonElement>> ErrorsAsync(string token, string mutation, string field, object input)
    {
        var payload = Data(await QueryAsync(token, mutation, new { input })).GetProperty(field);
        payload.GetProperty("patient").ValueKind.ShouldBe(JsonValueKind.Null);
        return [.. payload.GetProperty("errors").EnumerateArray()];
    }

    private async Task<JsonElement> QueryAsync(string? token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _host.CreateClient().SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Data(JsonElement body)
    {
        body.TryGetProperty("errors", out _).ShouldBeFalse(body.ToString());
        return body.GetProperty("data");
    }

    private async Task<string> TokenAsync(string user) =>
        (await _host.CreateClient().GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={user}", UriKind.Relative))).GetProperty("accessToken").GetString()!;

    /// <summary>A token for a user the demo logins do not cover: a patient bound to a record, an agent of a given organization.</summary>
    private static string Mint(string user, string role, Guid? patientId = null, Guid? organizationId = null)
    {
        var claims = new Dictionary<string, object> { [PlatformClaims.Subject] = user, [PlatformClaims.Name] = user, [PlatformClaims.Role] = role };
        if (patientId is { } patient)
        {
            claims[PlatformClaims.PatientId] = patient.ToString();
        }

        if (organizationId is { } organization)
        {
            claims[PlatformClaims.OrganizationId] = organization.ToString();
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "international-patient-center",
            Audience = "platform",
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)) { KeyId = "platform" }, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The global id the API would give an object of this type (clients treat it as opaque; tests need to forge one).</summary>
    private static string GlobalId(string type, string localId) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{localId}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    private static List<string> Ids(JsonElement connection) => [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private static List<string> FamilyNames(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("identity").GetProperty("familyName").GetString()!)];

    private sealed record Registered(string Id, string RegistryId, long Version);
}
