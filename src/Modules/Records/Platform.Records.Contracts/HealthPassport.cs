using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>How the health passport is handed out.</summary>
public enum HealthPassportFormat
{
    /// <summary>One self-contained, printable HTML page.</summary>
    Html,

    /// <summary>A ZIP of index.html (the page, linking the files beside it) and the included documents' files.</summary>
    Zip,
}

/// <summary>
/// The patient's health passport as a file: identity, travel and medical letters, the clinical
/// summary, appointments and the follow-up plan, in the patient's preferred language beside English.
/// Care staff may download any patient's, a patient their own. Every download is audited.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Patient)]
[Audited("HealthPassport")]
public sealed record GetHealthPassport(Guid PatientId, HealthPassportFormat Format = HealthPassportFormat.Html) : IQuery<HealthPassportFile>, IPatientScoped;

/// <summary>What the patient's health passport holds and where to download it (same access as <see cref="GetHealthPassport"/>).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Patient)]
public sealed record DescribeHealthPassport(Guid PatientId) : IQuery<HealthPassportDto>, IPatientScoped;

/// <summary>The passport's bytes, to stream to the reader; dispose it when done.</summary>
public sealed record HealthPassportFile(string FileName, string ContentType, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>What a passport includes, and its download addresses (relative to the API's origin).</summary>
[GraphQLName("HealthPassport")]
public sealed record HealthPassportDto(
    Guid PatientId,
    [property: GraphQLDescription("BCP 47 tag of the language the labels are in beside English; en when the patient's language is English or unknown.")] string Language,
    [property: GraphQLDescription("False when the center has no labels in the patient's language: the passport then says so, in English.")] bool LanguageSupported,
    [property: GraphQLDescription("GET with the caller's bearer token: the printable page.")] string HtmlUrl,
    [property: GraphQLDescription("GET with the caller's bearer token: the ZIP bundle (index.html and the documents' files).")] string ZipUrl,
    IReadOnlyList<HealthPassportSectionDto> Sections,
    IReadOnlyList<HealthPassportDocumentDto> Documents);

/// <summary>One section of the passport and how many items it shows (0: it says "none recorded").</summary>
[GraphQLName("HealthPassportSection")]
public sealed record HealthPassportSectionDto(string Key, string Title, int Items);

/// <summary>A document the passport includes: its latest version.</summary>
[GraphQLName("HealthPassportDocument")]
public sealed record HealthPassportDocumentDto(Guid DocumentId, DocumentType Type, string Title, string Language, int Version, string FileName, string ContentType, long Size);
