using Platform.Patients.Contracts;

namespace Platform.Patients.Tests.Infrastructure;

/// <summary>Believable registrations, one per kind of international patient.</summary>
public static class Registrations
{
    public static RegisterPatient MedicalTourist() => new(
        PatientKind.MedicalTourist,
        new PatientIdentity("Al-Mansouri", "Fatima", "المنصوري", "فاطمة", new DateOnly(1978, 4, 12), Sex.Female, "ARE", "p 123-4567", new DateOnly(2031, 5, 1)),
        new ContactDetails("Fatima.AlMansouri@Example.ae", "00971 50 123 4567", ContactChannel.WhatsApp, new TimeOnly(9, 0), new TimeOnly(13, 0), "Asia/Dubai",
            new PostalAddress(["Villa 12, Street 7", "Al Barsha 2"], "Dubai", null, "AE")),
        ["ar", "en-GB"],
        InterpreterNeeded: false,
        new Attribution(AttributionChannel.Facilitator, null, "Gulf Health Connect", null));

    public static RegisterPatient IllTraveler() => new(
        PatientKind.IllOrInjuredTraveler,
        new PatientIdentity("Schmidt", "Jonas", null, null, new DateOnly(1990, 8, 2), Sex.Male, "DE", "C01X00T47", new DateOnly(2029, 3, 14)),
        new ContactDetails(null, "+49 151 2345 6789", ContactChannel.Phone, null, null, "Europe/Berlin", null),
        ["de"],
        InterpreterNeeded: true,
        new Attribution(AttributionChannel.Insurer, Guid.Parse("5b3f2d8e-0c4a-4a7e-9a51-3c2f6b1d9e20"), "Allianz Care", null));

    public static RegisterPatient Expatriate() => new(
        PatientKind.ExpatriateOrForeignWorker,
        new PatientIdentity("Reyes", "Maria Luisa", null, null, new DateOnly(1986, 11, 23), Sex.Female, "PH", "P7654321A", null),
        new ContactDetails("ml.reyes@example.ph", "+63 917 555 0142", ContactChannel.Sms, null, null, null, null),
        ["fil", "en"],
        InterpreterNeeded: false,
        new Attribution(AttributionChannel.Employer, null, "Emirates Facilities Management", null));

    public static RegisterPatient Pensioner() => new(
        PatientKind.PensionerOrLongStayVisitor,
        new PatientIdentity("Lindqvist", "Ingrid", null, null, new DateOnly(1951, 1, 30), Sex.Female, "SE", null, null),
        new ContactDetails("ingrid.lindqvist@example.se", null, ContactChannel.Email, null, null, "Europe/Stockholm", null),
        ["sv", "en"],
        InterpreterNeeded: false,
        new Attribution(AttributionChannel.Web, null, null, "winter-sun-2026"));

    public static RegisterPatient Named(string familyName, string givenName, string nationality = "GB") => new(
        PatientKind.MedicalTourist,
        new PatientIdentity(familyName, givenName, null, null, new DateOnly(1970, 1, 1), Sex.Unknown, nationality, null, null),
        null,
        null,
        InterpreterNeeded: false,
        new Attribution(AttributionChannel.Direct, null, null, null));
}
