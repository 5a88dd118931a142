using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Platform.Sdk.Interpretation;

namespace Platform.Plugins.DemoInterpreterAgency;

/// <summary>What the agency's API rejects as malformed (400), naming the field, and the fingerprints idempotency compares.</summary>
internal static partial class Requests
{
    public static string? Problem(InterpreterRequest request, DateTimeOffset now)
    {
        foreach (var (field, tag) in new[] { ("patientLanguage", request.PatientLanguage), ("clinicianLanguage", request.ClinicianLanguage) })
        {
            if (!LanguageTag().IsMatch(tag ?? string.Empty))
            {
                return $"{field} is '{tag}'; expected a BCP 47 tag such as ar, fa-AF or en-GB";
            }
        }

        if (Simulation.Primary(request.PatientLanguage) == Simulation.Primary(request.ClinicianLanguage))
        {
            return $"patientLanguage '{request.PatientLanguage}' and clinicianLanguage '{request.ClinicianLanguage}' are the same language; no interpreter is needed";
        }

        if (request.Duration < TimeSpan.FromMinutes(15) || request.Duration > TimeSpan.FromHours(8))
        {
            return $"duration is {request.Duration}; expected 00:15:00 to 08:00:00";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone ?? string.Empty, out _))
        {
            return $"timeZone is '{request.TimeZone}'; expected an IANA time zone such as Europe/Istanbul";
        }

        if (request.Start <= now)
        {
            return $"start is {request.Start:O}, which has passed; expected a future time";
        }

        return request.Modality == InterpretingModality.OnSite && request.Location is null
            ? "location is missing; an on-site interpreter needs the place to come to"
            : null;
    }

    public static string? Problem(TranslationRequest request, DateTimeOffset now)
    {
        if (request.Document.Content.IsEmpty)
        {
            return $"document '{request.Document.FileName}' is empty";
        }

        foreach (var (field, tag) in new[] { ("sourceLanguage", request.SourceLanguage), ("targetLanguage", request.TargetLanguage) })
        {
            if (!LanguageTag().IsMatch(tag ?? string.Empty))
            {
                return $"{field} is '{tag}'; expected a BCP 47 tag such as ar, fa-AF or en-GB";
            }
        }

        if (Simulation.Primary(request.SourceLanguage) == Simulation.Primary(request.TargetLanguage))
        {
            return $"sourceLanguage and targetLanguage are both '{Simulation.Primary(request.SourceLanguage)}'";
        }

        return request.DueBy <= now ? $"dueBy is {request.DueBy:O}, which has passed; expected a future time" : null;
    }

    public static string Fingerprint(InterpreterRequest r) => string.Join('|',
        r.PatientLanguage, r.ClinicianLanguage, r.Modality, r.Start.ToUnixTimeSeconds(), r.Duration, r.TimeZone, r.Specialty, r.Location?.Name, r.Gender, r.Encounter, r.Contact?.Name);

    public static string Fingerprint(TranslationRequest r) => string.Join('|',
        r.Document.FileName, r.Document.ContentType, Convert.ToHexString(SHA256.HashData(r.Document.Content.Span)), r.SourceLanguage, r.TargetLanguage, r.Certified, r.DueBy.ToUnixTimeSeconds(), r.Specialty);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
