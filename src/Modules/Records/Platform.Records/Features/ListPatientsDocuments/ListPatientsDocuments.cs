using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Validation;
using Platform.Records.Access;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Features.ListPatientsDocuments;

internal sealed class ListPatientsDocumentsValidator : IValidator<Contracts.ListPatientsDocuments>
{
    public ValueTask ValidateAsync(Contracts.ListPatientsDocuments request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("first", request.First, 1, 100);
        errors.InRange("patientIds", request.PatientIds.Count, 1, 100);
        if (request.After is not null && DocumentCursor.TryDecode(request.After) is null)
        {
            errors.Add("after", request.After, "Cursor", "is not a cursor this list gave out: pass a cursor of a previous page unchanged");
        }

        if (request.Type is { } type)
        {
            DocumentRules.Defined(errors, "type", type);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Two queries for any number of patients: the ordering keys of every matching document (small rows),
/// from which each patient's page is cut, then the page's documents with their versions.
/// </summary>
internal sealed class ListPatientsDocumentsHandler(RecordsDbContext db, DocumentAccess access)
    : IRequestHandler<Contracts.ListPatientsDocuments, IReadOnlyDictionary<Guid, DocumentPage>>
{
    public async Task<IReadOnlyDictionary<Guid, DocumentPage>> Handle(Contracts.ListPatientsDocuments request, CancellationToken cancellationToken)
    {
        var patientIds = request.PatientIds.Distinct().ToList();
        var readable = new Dictionary<Guid, IReadOnlySet<DocumentType>?>();
        foreach (var patientId in patientIds)
        {
            readable[patientId] = await access.ReadableTypesAsync(patientId, cancellationToken);
        }

        var keys = await db.Documents.AsNoTracking()
            .Where(d => patientIds.Contains(d.PatientId) && (request.Type == null || d.Type == request.Type))
            .Select(d => new { d.Id, d.PatientId, d.Type, d.CreatedAt })
            .ToListAsync(cancellationToken);
        var after = DocumentCursor.TryDecode(request.After);
        var pages = new Dictionary<Guid, (List<(Guid Id, DateTimeOffset At)> Page, bool HasNext, int Total)>();
        foreach (var group in keys.Where(k => readable[k.PatientId] is not { } types || types.Contains(k.Type)).GroupBy(k => k.PatientId))
        {
            var ordered = group.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToList();
            var rest = after is { } cursor ? ordered.Where(k => k.CreatedAt < cursor.At || (k.CreatedAt == cursor.At && k.Id.CompareTo(cursor.Id) < 0)) : ordered;
            var window = rest.Take(request.First + 1).Select(k => (k.Id, k.CreatedAt)).ToList();
            pages[group.Key] = (window.Take(request.First).ToList(), window.Count > request.First, ordered.Count);
        }

        var ids = pages.Values.SelectMany(p => p.Page.Select(k => k.Id)).ToList();
        var documents = await db.DocumentsWithHistory.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        return patientIds.ToDictionary(
            id => id,
            id => pages.TryGetValue(id, out var page)
                ? new DocumentPage([.. page.Page.Select(k => new PagedDocument(documents[k.Id].ToDto(), new DocumentCursor(k.At, k.Id).Encode()))], page.HasNext, after is not null, page.Total)
                : new DocumentPage([], false, after is not null, 0));
    }
}

/// <summary>Where a page of documents ended: the last document's filing instant and id. Opaque to clients.</summary>
internal sealed record DocumentCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}:{Id:N}")));

    public static DocumentCursor? TryDecode(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Base64Url.IsValid(text))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(':');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(parts[1], "N", out var id)
            ? new DocumentCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }
}
