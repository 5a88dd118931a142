using System.Globalization;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Registration;

public abstract class RegistrationValidationTests(string provider) : PatientsTestBase(provider)
{
    [Fact]
    public async Task RegisterPatient_BadIdentity_NamesEveryFieldItsValueAndWhatIsExpected()
    {
        var valid = Registrations.MedicalTourist();
        var unborn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var request = valid with
        {
            Identity = valid.Identity with { FamilyName = "Мансури", Nationality = "UAE", DateOfBirth = unborn, PassportNumber = "P#123", PassportExpiry = unborn.AddYears(10) },
        };

        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, request));

        error.Errors.Select(e => (e.Field, e.Rule)).ShouldBe(
        [
            ("identity.familyName", "LatinScript"),
            ("identity.dateOfBirth", "InRange"),
            ("identity.nationality", "Format"),
            ("identity.passportNumber", "Format"),
        ]);
        error.Errors[1].Message.ShouldStartWith("'identity.dateOfBirth' must be a date from 1900-01-01 to ");
        error.Errors[1].Message.ShouldEndWith($"(a date of birth cannot be in the future); got '{unborn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'.");
        error.Errors[2].Message.ShouldBe(
            "'identity.nationality' is not an ISO 3166-1 country code: expected an officially assigned alpha-2 or alpha-3 code, such as DE or DEU, AE or ARE; got 'UAE'.");
        error.Errors[3].AttemptedValue.ShouldBe("P#123");
        (await OutboxAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task RegisterPatient_PreferredChannelWithoutItsContact_SaysWhatIsMissing()
    {
        var valid = Registrations.IllTraveler();
        var request = valid with { Contacts = valid.Contacts! with { Phone = null, PreferredChannel = ContactChannel.WhatsApp } };

        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, request));

        error.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "'contacts.preferredChannel' needs a phone number in 'phone' to reach the patient that way; got 'WhatsApp'.");
    }

    [Fact]
    public async Task RegisterPatient_BadContactsLanguagesAndSource_AreAllReportedAtOnce()
    {
        var valid = Registrations.MedicalTourist();
        var request = valid with
        {
            Contacts = valid.Contacts! with { Email = "fatima@", Phone = "050 123 4567", TimeZone = "Gulf/Dubai", ContactHoursTo = null },
            PreferredLanguages = ["ar", "klingon!"],
            Source = new Attribution(AttributionChannel.Facilitator, null, null, null),
        };

        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, request));

        error.Errors.Select(e => e.Field).ShouldBe(
        [
            "contacts.email",
            "contacts.phone",
            "contacts.timeZone",
            "contacts.contactHoursTo",
            "preferredLanguages[1]",
            "source.referrerName",
        ]);
        error.Errors[1].Message.ShouldStartWith("'contacts.phone' is not an E.164 phone number: expected an international number starting with + or 00");
        error.Errors[2].Message.ShouldContain("IANA time zone id");
        error.Errors[5].Message.ShouldBe(
            "'source.referrerName' or 'source.referrerOrganizationId' is required when the patient came through a facilitator, so the referral can be credited; got nothing.");
    }

    [Fact]
    public async Task RegisterPatient_UndefinedKindAndSex_ListTheAllowedValues()
    {
        var valid = Registrations.Pensioner();
        var request = valid with { Kind = (PatientKind)9, Identity = valid.Identity with { Sex = (Sex)7 } };

        var error = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, request));

        error.Errors.Select(e => e.Message).ShouldBe(
        [
            "'kind' must be one of MedicalTourist, IllOrInjuredTraveler, ExpatriateOrForeignWorker, PensionerOrLongStayVisitor; got '9'.",
            "'identity.sex' must be one of Female, Male, Other, Unknown; got '7'.",
        ]);
    }
}

public sealed class SqliteRegistrationValidationTests() : RegistrationValidationTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresRegistrationValidationTests() : RegistrationValidationTests("Postgres");
