using System.Globalization;
using System.Text;
using MediatR;
using Platform.Records.Access;
using Platform.Records.Contracts;
using Platform.Records.Passport;

namespace Platform.Records.Features.GetHealthPassport;

/// <summary>
/// Renders the passport. The pipeline audits the download itself (it is patient-scoped); a ZIP also
/// hands out documents' bytes, so each of them gets its own download entry, as a direct download would.
/// </summary>
internal sealed class GetHealthPassportHandler(PassportSources sources, IDocumentContentStore store, RecordsAudit audit)
    : IRequestHandler<Contracts.GetHealthPassport, HealthPassportFile>
{
    public async Task<HealthPassportFile> Handle(Contracts.GetHealthPassport request, CancellationToken cancellationToken)
    {
        var content = await sources.GatherAsync(request.PatientId, cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"health-passport-{PassportSources.SafeFileName(content.Patient.Identity.FamilyName)}-{content.GeneratedAt:yyyyMMdd}");
        if (request.Format == HealthPassportFormat.Html)
        {
            var html = Encoding.UTF8.GetBytes(HealthPassportHtml.Render(content, linkFiles: false));
            return new HealthPassportFile($"{name}.html", "text/html; charset=utf-8", new MemoryStream(html, writable: false));
        }

        var zip = await HealthPassportBundle.WriteAsync(content, store, cancellationToken);
        try
        {
            foreach (var document in content.Documents.Select(d => d.Document))
            {
                await audit.DownloadedAsync(nameof(Contracts.GetHealthPassport), document.DocumentId,
                    string.Create(CultureInfo.InvariantCulture, $"patient {request.PatientId}, version {document.Version}, {document.Size} bytes, in the health passport ZIP"), cancellationToken);
            }
        }
        catch
        {
            // No audit entry, no bytes.
            await zip.DisposeAsync();
            throw;
        }

        return new HealthPassportFile($"{name}.zip", "application/zip", zip);
    }
}

internal sealed class DescribeHealthPassportHandler(PassportSources sources) : IRequestHandler<DescribeHealthPassport, HealthPassportDto>
{
    public async Task<HealthPassportDto> Handle(DescribeHealthPassport request, CancellationToken cancellationToken)
    {
        var content = await sources.GatherAsync(request.PatientId, cancellationToken);
        var labels = PassportLabels.For(content.PreferredLanguage);
        var url = $"/records/patients/{request.PatientId}/health-passport";
        return new HealthPassportDto(
            request.PatientId,
            labels.IsFallback ? labels.Requested : labels.Language,
            !labels.IsFallback,
            $"{url}?format=html",
            $"{url}?format=zip",
            HealthPassportHtml.Sections(content),
            [.. content.Documents.Select(d => d.Document)]);
    }
}
