namespace Platform.Sdk;

/// <summary>An amount of money in a currency.</summary>
/// <param name="Amount">The amount, in the currency's major unit (12.50 for twelve euros fifty).</param>
/// <param name="Currency">ISO 4217 alphabetic code in upper case, e.g. <c>EUR</c>, <c>TRY</c>, <c>AED</c>.</param>
public sealed record MonetaryAmount(decimal Amount, string Currency);

/// <summary>A coded concept from a code system, after FHIR's Coding.</summary>
/// <param name="System">The code system: <c>ICD-10</c>, <c>ICD-10-PCS</c>, <c>CPT</c>, <c>HCPCS</c>, <c>X12-STC</c> (service type), <c>SNOMED-CT</c>, or a partner's own, named by the plugin.</param>
/// <param name="Code">The code in that system.</param>
/// <param name="Display">Its text, when known.</param>
public sealed record Coding(string System, string Code, string? Display = null);

/// <summary>An inclusive range of calendar dates.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (inclusive).</param>
public sealed record DatePeriod(DateOnly Start, DateOnly End);

/// <summary>A point on Earth in WGS 84 degrees.</summary>
/// <param name="Latitude">-90 to 90.</param>
/// <param name="Longitude">-180 to 180.</param>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>A postal address.</summary>
/// <param name="Lines">Street lines, first to last.</param>
/// <param name="City">City or locality.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code in upper case, e.g. <c>TR</c>.</param>
/// <param name="Region">State, province or region, when the country uses one.</param>
/// <param name="PostalCode">Postal code, when the country uses one.</param>
public sealed record PostalAddress(IReadOnlyList<string> Lines, string City, string Country, string? Region = null, string? PostalCode = null);

/// <summary>A place where something happens: an address, its coordinates and its time zone.</summary>
/// <param name="Name">What the place is called, e.g. "Acıbadem Maslak Hospital, main entrance" or "Istanbul Airport (IST), arrivals".</param>
/// <param name="Address">Its postal address.</param>
/// <param name="TimeZone">The IANA time zone of the place, e.g. <c>Europe/Istanbul</c>; times at this place are shown in it.</param>
/// <param name="Location">Its coordinates, when known.</param>
public sealed record Place(string Name, PostalAddress Address, string TimeZone, GeoPoint? Location = null);

/// <summary>A document sent to a partner (clinical notes, a referral, a text to translate).</summary>
/// <param name="FileName">The file name, e.g. <c>discharge-summary.pdf</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">What it is, e.g. "MRI report, 2025-03-02".</param>
public sealed record SupportingDocument(string FileName, string ContentType, ReadOnlyMemory<byte> Content, string? Description = null);

/// <summary>A person to reach.</summary>
/// <param name="Name">Full name as the person writes it.</param>
/// <param name="Phone">Phone number in E.164 form, e.g. <c>+902125550100</c>.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Language">Preferred language as a BCP 47 tag, e.g. <c>ar</c>, <c>ru</c>, <c>en-GB</c>.</param>
public sealed record ContactPerson(string Name, string? Phone = null, string? Email = null, string? Language = null);

/// <summary>A span between two instants.</summary>
/// <param name="Start">The first instant.</param>
/// <param name="End">The last instant; not before <paramref name="Start"/>.</param>
public sealed record TimeWindow(DateTimeOffset Start, DateTimeOffset End);
