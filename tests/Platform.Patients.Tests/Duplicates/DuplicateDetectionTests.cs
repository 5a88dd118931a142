using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Duplicates;

public abstract class DuplicateDetectionTests(string provider) : PatientsTestBase(provider)
{
    private static readonly Attribution _direct = new(AttributionChannel.Direct, null, null, null);

    [Fact]
    public async Task FindDuplicateCandidates_SamePassportAndNationality_IsTheOnlyReasonWhenNothingElseAgrees()
    {
        var original = await RegisterAsync(Registrations.IllTraveler());
        var renamed = await RegisterAsync(Registrations.IllTraveler() with
        {
            Identity = Registrations.IllTraveler().Identity with { FamilyName = "Schmitt", PassportNumber = "c01x-00t47" },
            Contacts = null,
        });

        var candidates = await Send(Users.Coordinator, new FindDuplicateCandidates(renamed.Id));

        var candidate = candidates.ShouldHaveSingleItem();
        (candidate.PatientId, candidate.Score).ShouldBe((original.Id, 0.9m));
        candidate.Reasons.ShouldBe([DuplicateReason.SamePassport]);
    }

    [Fact]
    public async Task FindDuplicateCandidates_SamePassportFromAnotherCountry_IsNoCandidate()
    {
        await RegisterAsync(Registrations.IllTraveler());
        var other = await RegisterAsync(Registrations.Named("Novak", "Petra", "CZ") with
        {
            Identity = Registrations.Named("Novak", "Petra", "CZ").Identity with { PassportNumber = "C01X00T47" },
        });

        (await Send(Users.Coordinator, new FindDuplicateCandidates(other.Id))).ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckForDuplicates_NameWrittenDifferently_MatchesOnFoldedNameAndBirthDate()
    {
        var original = await RegisterAsync(Registrations.Named("Müller-Lüdenscheidt", "José") with
        {
            Identity = new PatientIdentity("Müller-Lüdenscheidt", "José", null, null, new DateOnly(1965, 3, 9), Sex.Male, "CH", null, null),
        });

        var candidates = await Send(Users.Coordinator, new CheckForDuplicates(new DuplicateProbe("jose", "MULLER LUDENSCHEIDT", new DateOnly(1965, 3, 9), null, null, null, null)));
        var otherBirthday = await Send(Users.Coordinator, new CheckForDuplicates(new DuplicateProbe("Muller Ludenscheidt", "Jose", new DateOnly(1965, 3, 10), null, null, null, null)));

        var candidate = candidates.ShouldHaveSingleItem();
        (candidate.PatientId, candidate.Score).ShouldBe((original.Id, 0.7m));
        candidate.Reasons.ShouldBe([DuplicateReason.SameNameAndDateOfBirth]);
        otherBirthday.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckForDuplicates_SameEmailAndSamePhone_AreSeparateReasonsThatRaiseTheScore()
    {
        var mother = await RegisterAsync(Registrations.Expatriate());
        var probe = new DuplicateProbe("Reyes", "Angelica", new DateOnly(2015, 6, 1), null, null, "ML.Reyes@example.ph", "+63 917 555 0142");

        var byBoth = await Send(Users.CaseManager, new CheckForDuplicates(probe));
        var byEmail = await Send(Users.CaseManager, new CheckForDuplicates(probe with { Phone = null }));
        var byPhone = await Send(Users.CaseManager, new CheckForDuplicates(probe with { Email = null }));

        var candidate = byBoth.ShouldHaveSingleItem();
        (candidate.PatientId, candidate.FamilyName, candidate.GivenName, candidate.DateOfBirth, candidate.Nationality, candidate.Score)
            .ShouldBe((mother.Id, "Reyes", "Maria Luisa", new DateOnly(1986, 11, 23), "PH", 0.7m));
        candidate.Reasons.ShouldBe([DuplicateReason.SameEmail, DuplicateReason.SamePhone]);
        byEmail.ShouldHaveSingleItem().Score.ShouldBe(0.5m);
        byPhone.ShouldHaveSingleItem().Reasons.ShouldBe([DuplicateReason.SamePhone]);
        byPhone[0].Score.ShouldBe(0.4m);
    }

    [Fact]
    public async Task CheckForDuplicates_CandidatesComeStrongestFirst()
    {
        var sharesPhone = await RegisterAsync(Registrations.Named("Okafor", "Chidi") with
        {
            Contacts = new ContactDetails(null, "+234 803 123 4567", null, null, null, null, null),
        });
        var samePassport = await RegisterAsync(Registrations.Named("Okafor", "Chidinma", "NG") with
        {
            Identity = new PatientIdentity("Okafor", "Chidinma", null, null, new DateOnly(1980, 2, 2), Sex.Female, "NG", "A09876543", null),
        });

        var candidates = await Send(Users.Coordinator, new CheckForDuplicates(new DuplicateProbe(null, null, null, "NG", "A09876543", null, "+2348031234567")));

        candidates.Select(c => c.PatientId).ShouldBe([samePassport.Id, sharesPhone.Id]);
    }

    [Fact]
    public async Task CheckForDuplicates_NothingToMatchOn_IsRefusedWithWhatIsNeeded()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new CheckForDuplicates(new DuplicateProbe("Reyes", null, null, null, "P7654321A", null, null))));

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "'probe' needs something a person can be matched on: a passport number with nationality, a family name with date of birth, an email or a phone; got nothing.");
    }

    [Fact]
    public async Task RegisterPatient_DifferentPeople_ReportsNoDuplicates()
    {
        await RegisterAsync(Registrations.MedicalTourist());
        await RegisterAsync(Registrations.IllTraveler());

        var third = await Send(Users.Coordinator, new RegisterPatient(
            PatientKind.PensionerOrLongStayVisitor,
            new PatientIdentity("Al-Mansouri", "Fatima", null, null, new DateOnly(1948, 7, 7), Sex.Female, "AE", null, null),
            null,
            ["ar"],
            InterpreterNeeded: true,
            _direct));

        third.PossibleDuplicates.ShouldBeEmpty();
    }
}

public sealed class SqliteDuplicateDetectionTests() : DuplicateDetectionTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresDuplicateDetectionTests() : DuplicateDetectionTests("Postgres");
