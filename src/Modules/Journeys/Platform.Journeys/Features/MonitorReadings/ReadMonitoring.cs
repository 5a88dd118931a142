using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Access;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Monitoring;
using Platform.Journeys.Persistence;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.MonitorReadings;

/// <summary>What is monitored on journeys and the readings taken; a patient reads only their own.</summary>
internal sealed class ReadMonitoringHandlers(JourneysDbContext db, IMediator mediator, ICurrentUser user) :
    IRequestHandler<GetJourneyMonitoring, IReadOnlyList<MonitoredMeasureDto>>,
    IRequestHandler<ListReadings, ReadingPage>
{
    public async Task<IReadOnlyList<MonitoredMeasureDto>> Handle(GetJourneyMonitoring request, CancellationToken cancellationToken)
    {
        var ids = request.JourneyIds.Distinct().ToList();
        var patients = await db.Journeys.AsNoTracking().Where(j => ids.Contains(j.Id)).Select(j => j.PatientId).Distinct().ToListAsync(cancellationToken);
        foreach (var patientId in patients)
        {
            await mediator.EnsureCanReadAsync(user, patientId, cancellationToken);
        }

        return await db.MonitoringDtosAsync(ids, cancellationToken);
    }

    public async Task<ReadingPage> Handle(ListReadings request, CancellationToken cancellationToken)
    {
        var patientId = await db.Journeys.Where(j => j.Id == request.JourneyId).Select(j => (Guid?)j.PatientId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), request.JourneyId);
        await mediator.EnsureCanReadAsync(user, patientId, cancellationToken);

        var readings = db.Readings.AsNoTracking().Where(r => r.JourneyId == request.JourneyId);
        if (request.Measure is { } measure)
        {
            readings = readings.Where(r => r.Measure == measure);
        }

        var total = await readings.CountAsync(cancellationToken);
        if (request.After is { } after)
        {
            var (takenAt, id) = ReadingCursor.Decode(after);
            readings = readings.Where(r => r.TakenAt < takenAt || (r.TakenAt == takenAt && r.Id.CompareTo(id) < 0));
        }

        var page = await readings.OrderByDescending(r => r.TakenAt).ThenByDescending(r => r.Id).Take(request.First + 1).ToListAsync(cancellationToken);
        return new ReadingPage(
            [.. page.Take(request.First).Select(r => new ReadingEdgeDto(r.ToDto(), ReadingCursor.Encode(r.TakenAt, r.Id)))],
            page.Count > request.First,
            total);
    }
}

internal sealed class ListReadingsValidator : IValidator<ListReadings>
{
    public ValueTask ValidateAsync(ListReadings request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("first", request.First, 1, 100);
        if (request.After is { } after && !ReadingCursor.TryDecode(after, out _))
        {
            errors.Add("after", after, "Cursor", "must be a cursor from a page of readings (pageInfo.endCursor)");
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A reading's place in the newest-first order: when it was taken, then its id. Opaque to clients (base64url).</summary>
internal static class ReadingCursor
{
    public static string Encode(DateTimeOffset takenAt, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{takenAt.UtcTicks}\n{id:N}")));

    public static (DateTimeOffset TakenAt, Guid Id) Decode(string cursor) =>
        TryDecode(cursor, out var position) ? position : throw new ArgumentException("Not a reading cursor.", nameof(cursor));

    public static bool TryDecode(string cursor, out (DateTimeOffset TakenAt, Guid Id) position)
    {
        position = default;
        if (string.IsNullOrEmpty(cursor) || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(parts[1], "N", out var id))
        {
            position = (new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }

        return false;
    }
}
