using Platform.Identity.Contracts;
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

        var first = await Send(Users.Coordinator, new SearchPatients(PageSize: 3));
        await RegisterAsync(Registrations.Named("Aaron", "Test"));
        var second = await Send(Users.Coordinator, new SearchPatients(PageSize: 3, After: first.NextCursor));
        var third = await Send(Users.Coordinator, new SearchPatients(PageSize: 3, After: second.NextCursor));

        FamilyNames(first).ShouldBe(["Abebe", "Abebe", "Al-Mansouri"]);
        FamilyNames(second).ShouldBe(["de la Cruz", "Lindqvist", "Nguyen"]);
        FamilyNames(third).ShouldBe(["Öztürk", "Zhang"]);
        third.NextCursor.ShouldBeNull();
        (first.HasPreviousPage, second.HasPreviousPage, second.HasNextPage).ShouldBe((false, true, true));
        Ids(first).Concat(Ids(second)).Concat(Ids(third)).Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public async Task SearchPatients_Backward_ReadsThePageBeforeACursor_InListOrder()
    {
        foreach (var name in new[] { "Adams", "Brown", "Clark", "Davis", "Evans" })
        {
            await RegisterAsync(Registrations.Named(name, "Test"));
        }

        var last = await Send(Users.Coordinator, new SearchPatients(PageSize: 2, Backward: true));
        var before = await Send(Users.Coordinator, new SearchPatients(PageSize: 2, Before: last.Edges[0].Cursor, Backward: true));
        var start = await Send(Users.Coordinator, new SearchPatients(PageSize: 2, Before: before.Edges[0].Cursor, Backward: true));

        FamilyNames(last).ShouldBe(["Davis", "Evans"]);
        FamilyNames(before).ShouldBe(["Brown", "Clark"]);
        FamilyNames(start).ShouldBe(["Adams"]);
        (last.HasPreviousPage, last.HasNextPage, start.HasPreviousPage, start.HasNextPage).ShouldBe((true, false, false, true));
    }

    [Fact]
    public async Task SearchPatients_NewestFirst_PagesBackThroughRegistrations()
    {
        List<Guid> registered = [];
        foreach (var name in new[] { "One", "Two", "Three", "Four", "Five" })
        {
            registered.Add((await RegisterAsync(Registrations.Named(name, "Test"))).Id);
        }

        var first = await Send(Users.Clinician, new SearchPatients(OrderBy: PatientOrder.NewestFirst, PageSize: 2));
        var second = await Send(Users.Clinician, new SearchPatients(OrderBy: PatientOrder.NewestFirst, PageSize: 2, After: first.NextCursor));
        var third = await Send(Users.Clinician, new SearchPatients(OrderBy: PatientOrder.NewestFirst, PageSize: 2, After: second.NextCursor));
        var backToSecond = await Send(Users.Clinician, new SearchPatients(OrderBy: PatientOrder.NewestFirst, PageSize: 2, Before: third.Edges[0].Cursor, Backward: true));

        Ids(first).Concat(Ids(second)).Concat(Ids(third)).ShouldBe(Enumerable.Reverse(registered));
        third.NextCursor.ShouldBeNull();
        Ids(backToSecond).ShouldBe(Ids(second));
    }

    [Fact]
    public async Task SearchPatients_ByNameFragment_IgnoresCaseAndAccentsAndFindsNativeScript()
    {
        var tourist = await RegisterAsync(Registrations.MedicalTourist());
        var traveler = await RegisterAsync(Registrations.IllTraveler());
        await RegisterAsync(Registrations.Named("Müller", "Anna"));

        var byLatin = await Send(Users.Coordinator, ByName("MANSOUR"));
        var byNative = await Send(Users.Coordinator, ByName("فاطمة"));
        var byAccent = await Send(Users.Coordinator, ByName("muller"));
        var accentedQuery = await Send(Users.Coordinator, ByName("MÜLL"));
        var byGiven = await Send(Users.Coordinator, ByName("jonas"));

        Ids(byLatin).ShouldHaveSingleItem().ShouldBe(tourist.Id);
        Ids(byNative).ShouldHaveSingleItem().ShouldBe(tourist.Id);
        FamilyNames(byAccent).ShouldHaveSingleItem().ShouldBe("Müller");
        FamilyNames(accentedQuery).ShouldHaveSingleItem().ShouldBe("Müller");
        Ids(byGiven).ShouldHaveSingleItem().ShouldBe(traveler.Id);
    }

    [Fact]
    public async Task SearchPatients_ByNationalityKindAndSource_CombinesTheFilters()
    {
        var tourist = await RegisterAsync(Registrations.MedicalTourist());
        var expatriate = await RegisterAsync(Registrations.Expatriate());
        await RegisterAsync(Registrations.Pensioner());
        await RegisterAsync(Registrations.Named("Haddad", "Omar", "AE"));

        var emirati = await Send(Users.Coordinator, new SearchPatients(new PatientFilter(Nationality: "ARE")));
        var facilitated = await Send(Users.Coordinator, new SearchPatients(new PatientFilter(Nationality: "AE", Source: AttributionChannel.Facilitator)));
        var expatriates = await Send(Users.Coordinator, new SearchPatients(new PatientFilter(Kind: PatientKind.ExpatriateOrForeignWorker)));
        var livingInTheEmirates = await Send(Users.Coordinator, new SearchPatients(new PatientFilter(HomeCountry: "ARE")));

        FamilyNames(emirati).ShouldBe(["Al-Mansouri", "Haddad"]);
        Ids(facilitated).ShouldHaveSingleItem().ShouldBe(tourist.Id);
        Ids(expatriates).ShouldHaveSingleItem().ShouldBe(expatriate.Id);
        Ids(livingInTheEmirates).ShouldHaveSingleItem().ShouldBe(tourist.Id);
    }

    [Fact]
    public async Task SearchPatients_ByInterpreterReferrerAndRegistrationRange_FiltersAndCountsAlike()
    {
        await RegisterAsync(Registrations.MedicalTourist());
        Clock.Advance(TimeSpan.FromDays(2));
        var from = Clock.GetUtcNow();
        var traveler = await RegisterAsync(Registrations.IllTraveler());
        var pensioner = await RegisterAsync(Registrations.Pensioner());
        Clock.Advance(TimeSpan.FromDays(2));
        await RegisterAsync(Registrations.Expatriate());

        var inRange = new PatientFilter(RegisteredFrom: from, RegisteredBefore: from.AddDays(1));
        var interpreted = new PatientFilter(InterpreterNeeded: true);
        var referred = new PatientFilter(ReferrerOrganizationId: Registrations.IllTraveler().Source.ReferrerOrganizationId);

        Ids(await Send(Users.Coordinator, new SearchPatients(inRange))).ShouldBe([traveler.Id, pensioner.Id], ignoreOrder: true);
        Ids(await Send(Users.Coordinator, new SearchPatients(interpreted))).ShouldBe([traveler.Id]);
        Ids(await Send(Users.Coordinator, new SearchPatients(referred))).ShouldBe([traveler.Id]);
        (await Send(Users.Coordinator, new CountPatients(inRange))).ShouldBe(2);
        (await Send(Users.Coordinator, new CountPatients())).ShouldBe(4);
    }

    [Fact]
    public async Task SearchPatients_MergedRecords_AreLeftOutUnlessAskedFor()
    {
        var survivor = await RegisterAsync(Registrations.Pensioner());
        var duplicate = await RegisterAsync(Registrations.Pensioner());
        await Send(Users.Administrator, new MergePatients(survivor.Id, 1, duplicate.Id, 1, null));

        var current = await Send(Users.Coordinator, ByName("lindqvist"));
        var all = await Send(Users.Coordinator, new SearchPatients(new PatientFilter(Name: "lindqvist", IncludeMerged: true)));

        Ids(current).ShouldHaveSingleItem().ShouldBe(survivor.Id);
        all.Edges.Select(e => e.Patient.MergedIntoId).ShouldBe([null, survivor.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task SearchPatients_APartnerAgent_GetsOnlyTheGrantedPatients_AndAPatientOnlyThemself()
    {
        var granted = await RegisterAsync(Registrations.MedicalTourist());
        var own = await RegisterAsync(Registrations.Pensioner());
        await RegisterAsync(Registrations.IllTraveler());
        await Send(Users.Coordinator, new GrantPartnerAccess(granted.Id, Users.PartnerOrganization, "Travel arrangements", null));

        var agent = await Send(Users.PartnerAgent, new SearchPatients());
        var patient = await Send(Users.PatientWithRecord(own.Id), new SearchPatients());
        var otherAgent = await Send(
            Kernel.Security.PlatformPrincipal.Create("ana", "Ana", [Kernel.Security.Roles.PartnerAgent], organizationId: Guid.NewGuid()),
            new SearchPatients());

        Ids(agent).ShouldBe([granted.Id]);
        (await Send(Users.PartnerAgent, new CountPatients())).ShouldBe(1);
        Ids(patient).ShouldBe([own.Id]);
        otherAgent.Edges.ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchPatients_PageSizeOutsideOneToAHundred_IsRefused()
    {
        var tooMany = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(PageSize: 101)));
        var none = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(PageSize: 0)));

        tooMany.Errors.ShouldHaveSingleItem().Message.ShouldBe("'pageSize' must be between 1 and 100; got '101'.");
        none.Errors.ShouldHaveSingleItem().Field.ShouldBe("pageSize");
    }

    [Fact]
    public async Task SearchPatients_BrokenFilter_NamesTheFieldAndValue()
    {
        var from = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator,
            new SearchPatients(new PatientFilter(Nationality: "Atlantis", HomeCountry: "Narnia", RegisteredFrom: from, RegisteredBefore: from))));

        error.Errors.Select(e => e.Field).ShouldBe(["filter.nationality", "filter.homeCountry", "filter.registeredBefore"]);
        error.Errors[0].Message.ShouldContain("Atlantis");
    }

    [Fact]
    public async Task SearchPatients_CursorThatIsNotOneOrFromTheOtherOrder_IsRefused()
    {
        foreach (var name in new[] { "Adams", "Brown", "Clark" })
        {
            await RegisterAsync(Registrations.Named(name, "Test"));
        }

        var byName = await Send(Users.Coordinator, new SearchPatients(PageSize: 1));

        var forged = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(After: "not-a-cursor")));
        var crossed = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new SearchPatients(OrderBy: PatientOrder.NewestFirst, Before: byName.NextCursor)));

        forged.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "'after' must be a cursor of an earlier page of this search, ordered by FamilyName; pass it exactly as it was returned; got 'not-a-cursor'.");
        crossed.Errors.ShouldHaveSingleItem().Field.ShouldBe("before");
        crossed.Errors[0].Message.ShouldContain("ordered by NewestFirst");
    }

    private static SearchPatients ByName(string name) => new(new PatientFilter(Name: name));

    private static List<string> FamilyNames(PatientPage page) => [.. page.Edges.Select(e => e.Patient.Identity.FamilyName)];

    private static List<Guid> Ids(PatientPage page) => [.. page.Edges.Select(e => e.Patient.Id)];
}

public sealed class SqliteSearchPatientsTests() : SearchPatientsTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresSearchPatientsTests() : SearchPatientsTests("Postgres");
