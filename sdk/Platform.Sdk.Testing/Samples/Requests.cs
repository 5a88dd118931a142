namespace Platform.Sdk.Testing.Samples;

/// <summary>What the samples share: a hospital in Istanbul, a patient from abroad, dates a few weeks ahead.</summary>
internal static class Requests
{
    public static readonly Place Hospital = new(
        "Bosphorus University Hospital, main entrance",
        new PostalAddress(["Büyükdere Caddesi 40"], "Istanbul", "TR", PostalCode: "34394"),
        "Europe/Istanbul",
        new GeoPoint(41.1086, 29.0203));

    public static readonly Place Airport = new(
        "Istanbul Airport (IST), international arrivals",
        new PostalAddress(["Tayakadın, Terminal Caddesi 1"], "Istanbul", "TR", PostalCode: "34283"),
        "Europe/Istanbul",
        new GeoPoint(41.2753, 28.7519));

    public static readonly ContactPerson Patient = new("Amira Haddad", "+971501234567", "amira.haddad@example.org", "ar");

    public static readonly ContactPerson Coordinator = new("Deniz Aydın", "+902125550100", "international@hospital.example", "tr");

    /// <summary>Three weeks from the day the kit runs, at 10:00 in Istanbul, so no partner refuses it as past or too soon.</summary>
    public static DateTimeOffset Appointment { get; } = new(DateTime.UtcNow.Date.AddDays(21).AddHours(7), TimeSpan.Zero);

    public static DateOnly AppointmentDate => DateOnly.FromDateTime(Appointment.UtcDateTime);

    public static SupportingDocument Document(string fileName, string text) =>
        new(fileName, "text/plain", System.Text.Encoding.UTF8.GetBytes(text), fileName);
}
