using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Records.Contracts;

namespace Platform.Host.Tests;

/// <summary>
/// Setup shared by the clinical summary, health passport and hand-back tests: a patient registered
/// over GraphQL (with native-script names), then what GraphQL of other areas would add, sent through
/// the host's own pipeline.
/// </summary>
public sealed class ContinuityOfCare(GraphQLClient api)
{
    public static readonly ClaimsPrincipal Coordinator = PlatformPrincipal.Create("coordinator", "Amira Haddad", [Roles.Coordinator]);

    public GraphQLClient Api { get; } = api;

    /// <summary>Registers a patient over GraphQL; returns the registry id (UUID) and the global id.</summary>
    public async Task<(Guid Id, string GlobalId)> RegisterAsync(string token, string familyName, string[] languages, string? nativeFamilyName = "حداد", string? nativeGivenName = "أميرة")
    {
        var data = await Api.DataAsync(token, """
            mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id registryId } errors { message } } }
            """, new
        {
            input = new
            {
                kind = "MEDICAL_TOURIST",
                source = "DIRECT",
                preferredLanguages = languages,
                identity = new { familyName, givenName = "Amira", nativeFamilyName, nativeGivenName, dateOfBirth = "1984-03-02", sex = "FEMALE", nationality = "AE", passportNumber = "P1234567", passportExpiry = "2031-01-31" },
            },
        });
        var patient = data.GetProperty("registerPatient").GetProperty("patient");
        return (Guid.Parse(patient.GetProperty("registryId").GetString()!), patient.GetProperty("id").GetString()!);
    }

    public async Task SetHomePhysicianAsync(Guid patientId, string name, string country)
    {
        var patient = await Api.SendAsync(Coordinator, new GetPatient(patientId));
        await Api.SendAsync(Coordinator, new SetHomePhysician(patientId, patient.Version, new HomePhysicianDetails(name, "Praxis am Markt", country, null, "praxis@example.de")));
    }

    public async Task AddEmergencyContactAsync(Guid patientId, string name)
    {
        var patient = await Api.SendAsync(Coordinator, new GetPatient(patientId));
        await Api.SendAsync(Coordinator, new AddRelatedPerson(patientId, patient.Version, new RelatedPersonDetails(name, Relationship.Spouse, "+971501234567", null, true, true, true)));
    }

    public async Task GrantConsentAsync(Guid patientId, ConsentKind kind)
    {
        var patient = await Api.SendAsync(Coordinator, new GetPatient(patientId));
        await Api.SendAsync(Coordinator, new RecordConsent(patientId, patient.Version, kind, ConsentDecision.Granted, ConsentChannel.SignedForm, null, "Signed at discharge"));
    }

    public async Task<DocumentDto> UploadPdfAsync(Guid patientId, DocumentType type, string title, Guid? journeyId = null)
    {
        var bytes = Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% {title}\n%%EOF\n");
        return await Api.SendAsync(Coordinator, new UploadDocument(patientId, type, title, "en", DocumentSource.Facility,
            new DocumentContent($"{type}.pdf".ToLowerInvariant(), "application/pdf", new MemoryStream(bytes)), journeyId));
    }

    /// <summary>Records a diagnosis, a medication and an allergy as a clinician over GraphQL; returns the summary's version.</summary>
    public async Task<long> RecordClinicalSummaryAsync(string clinician, Guid patientId)
    {
        long? version = null;
        foreach (var (field, input) in new (string, object)[]
        {
            ("recordDiagnosis", new { patientId, code = "M17.1", text = "Primary osteoarthritis, right knee", status = "ACTIVE", notedOn = "2026-10-01" }),
            ("recordMedication", new { patientId, name = "Apixaban", dose = "2.5 mg", route = "oral", frequency = "twice daily", startedOn = "2026-10-02" }),
            ("recordAllergy", new { patientId, substance = "Penicillin", reaction = "Hives", severity = "SEVERE" }),
        })
        {
            var node = JsonSerializer.SerializeToNode(input)!.AsObject();
            node["expectedVersion"] = version;
            var type = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
            var data = await Api.DataAsync(clinician, $$"""
                mutation($input: {{type}}!) { {{field}}(input: $input) { clinicalSummary { version } errors { __typename message } } }
                """, new { input = node });
            var payload = data.GetProperty(field);
            payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
            version = payload.GetProperty("clinicalSummary").GetProperty("version").GetInt64();
        }

        return version!.Value;
    }

    public async Task<HttpResponseMessage> GetAsync(string url, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Api.Host.CreateClient().SendAsync(request);
    }
}
