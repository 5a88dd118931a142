using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Search;

public abstract class SearchPatientsTests(string provider) : PatientsTestBase(provider)
{
    [Fact]
    public async Task SearchPatients_ByFamilyName_PagesThroughEveryoneInOrderWithoutRepeats()
    {
        foreach (var name in new[] { "Öztürk", "Abebe", "Lindqvist", "Nguyen", "Al-Mansouri", "Abebe", "Zhang", "de la Cruz" })
        {
            await RegisterAsync(Registrations.Named(name, "Test"));
        }

        var first = await Send(Users.Coordinator, new SearchPatients(First: 3));
        await RegisterAsync(Registrations.Named("Aaron", "Test"));
        var second = await Send(Users.Coordinator, new SearchPatients(First: 3, After: first.NextCursor));
        var third = await Send(Users.Coordinator, new SearchPatients(First: 3, After: second.NextCursor));

        first.Items.Select(p => p.FamilyName).ShouldBe(["Abebe", "Abebe", "Al-Mansouri"]);
        second.Items.Select(p => p.FamilyName).ShouldBe(["de la Cruz", "Lindqvist", "Nguyen"]);
        third.Items.Select(p => p.FamilyName).ShouldBe(["Öztürk", "Zhang"]);
        third.NextCursor.ShouldBeNull();
        first.Items.Concat(second.Items).Concat(third.Items).Select(p => p.Id).Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public async Task SearchPatients_NewestFirst_PagesBackThroughRegistrations()
    {
        List<Guid> registered = [];
        foreach (var name in new[] { "One", "Two", "Three", "Four", "Five" })
        {
            registered.Add((await RegisterAsync(Registrations.Named(name, "Test"))).Id);
        }

        var first = await Send(Users.Clinician, new SearchPatients(OrderBy: PatientOrder.NewestFirst, First: 2));
        var second = await Send(Users.Clinician, new SearchPatients(OrderBy: PatientOrder.NewestFirst, First: 2, After: first.NextCursor));
        var third = await Send(Users.Clinician, new SearchPatients(OrderBy: PatientOrder.NewestFirst, First: 2, After: second.NextCursor));

        first.Items.Concat(second.Items).Concat(third.Items).Select(p => p.Id).ShouldBe(Enumerable.Reverse(registered));
        third.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task SearchPatients_ByNameFragment_IgnoresCaseAndAccentsAndFindsNativeScript()
    {
        var tourist = await RegisterAsync(Registrations.MedicalTourist());
        var traveler = await RegisterAsync(Registrations.IllTraveler());
        await RegisterAsync(Registrations.Named("Müller", "Anna"));

        var byLatin = await Send(Users.Coordinator, new SearchPatients(Name: "MANSOUR"));
        var byNative = await Send(Users.Coordinator, new SearchPatients(Name: "فاطمة"));
        var byAccent = await Send(Users.Coordinator, new SearchPatients(Name: "muller"));
        var byGiven = await Send(Users.Coordinator, new SearchPatients(Name: "jonas"));

        byLatin.Items.ShouldHaveSingleItem().Id.ShouldBe(tourist.Id);
        byNative.Items.ShouldHaveSingleItem().Id.ShouldBe(tourist.Id);
        byAccent.Items.ShouldHaveSingleItem().FamilyName.ShouldBe("Müller");
        byGiven.Items.ShouldHaveSingleItem().Id.ShouldBe(traveler.Id);
    }

    [Fact]
    public async Task SearchPatients_ByNationalityKindAndSource_CombinesTheFilters()
    {
        var tourist = await RegisterAsync(Registrations.MedicalTourist());
        var expatriate = await RegisterAsync(Registrations.Expatriate());
        await RegisterAsync(Registrations.Pensioner());
        await RegisterAsync(Registrations.Named("Haddad", "Omar", "AE"));

        var emirati = await Send(Users.Coordinator, new SearchPatients(Nationality: "ARE"));
        var facilitated = await Send(Users.Coordinator, new SearchPatients(Nationality: "AE", Source: AttributionChannel.Facilitator));
        var expatriates = await Send(Users.Coordinator, new SearchPatients(Kind: PatientKind.ExpatriateOrForeignWorker));

        emirati.Items.Select(p => p.FamilyName).ShouldBe(["Al-Mansouri", "Haddad"]);
        facilitated.Items.ShouldHaveSingleItem().Id.ShouldBe(tourist.Id);
        expatriates.Items.ShouldHaveSingleItem().Id.ShouldBe(expatriate.Id);
    }

    [Fact]
    public async Task SearchPatients_MergedRecords_AreLeftOutUnlessAskedFor()
    {
        var survivor = await RegisterAsync(Registrations.Pensioner());
        var duplicate = await RegisterAsync(Registrations.Pensioner());
        await Send(Users.Administrator, new MergePatients(survivor.Id, 1, duplicate.Id, 1, null));

        var current = await Send(Users.Coordinator, new SearchPatients(Name: "lindqvist"));
        var all = await Send(Users.Coordinator, new SearchPatients(Name: "lindqvist", IncludeMerged: true));

        current.Items.ShouldHaveSingleItem().Id.ShouldBe(survivor.Id);
        all.Items.Select(p => p.MergedIntoId).ShouldBe([null, survivor.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task SearchPatients_PageSizeOutsideOneToAHundred_IsRefused()
    {
        var tooMany = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(First: 101)));
        var none = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(First: 0)));

        tooMany.Errors.ShouldHaveSingleItem().Message.ShouldBe("'first' must be between 1 and 100; got '101'.");
        none.Errors.ShouldHaveSingleItem().Field.ShouldBe("first");
    }

    [Fact]
    public async Task SearchPatients_CursorThatIsNotOneOrFromTheOtherOrder_IsRefused()
    {
        foreach (var name in new[] { "Adams", "Brown", "Clark" })
        {
            await RegisterAsync(Registrations.Named(name, "Test"));
        }

        var byName = await Send(Users.Coordinator, new SearchPatients(First: 1));

        var forged = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(After: "not-a-cursor")));
        var crossed = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(OrderBy: PatientOrder.NewestFirst, After: byName.NextCursor)));

        forged.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "'after' must be the nextCursor of an earlier page of this search, ordered by FamilyName; pass it exactly as it was returned; got 'not-a-cursor'.");
        crossed.Errors.ShouldHaveSingleItem().Message.ShouldContain("ordered by NewestFirst");
    }
}

public sealed class SqliteSearchPatientsTests() : SearchPatientsTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresSearchPatientsTests() : SearchPatientsTests("Postgres");
