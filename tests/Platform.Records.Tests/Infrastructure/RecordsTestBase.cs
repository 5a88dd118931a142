using System.Security.Claims;
using MediatR;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Patients.Contracts;
using Platform.Records.Contracts;

namespace Platform.Records.Tests.Infrastructure;

/// <summary>A fresh database, content folder and platform per test, on the provider the subclass names.</summary>
public abstract class RecordsTestBase(string provider) : IAsyncLifetime
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "platform-records-tests", Guid.NewGuid().ToString("N"));
    private TestDatabase _database = null!;

    protected RecordsPlatform Platform { get; private set; } = null!;

    protected MovableClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Platform = await RecordsPlatform.StartAsync(_database, _contentRoot, Clock);
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    protected Task<TResponse> Send<TResponse>(ClaimsPrincipal user, IRequest<TResponse> request) => Platform.SendAs(user, request);

    protected async Task<PatientDto> RegisterAsync(RegisterPatient? registration = null) =>
        (await Platform.SendAs(Users.Coordinator, registration ?? Registrations.MedicalTourist())).Patient;

    protected Task<DocumentDto> UploadAsync(Guid patientId, DocumentType type = DocumentType.ReferralLetter, byte[]? bytes = null, string contentType = "application/pdf", ClaimsPrincipal? by = null) =>
        Send(by ?? Users.Coordinator, new UploadDocument(patientId, type, $"{type} from home", "en", DocumentSource.HomeProvider, Files.Content(bytes ?? Files.Pdf(), contentType)));

    protected async Task<byte[]> DownloadAsync(ClaimsPrincipal user, Guid documentId, int? version = null)
    {
        await using var download = await Send(user, new OpenDocumentContent(documentId, version));
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
