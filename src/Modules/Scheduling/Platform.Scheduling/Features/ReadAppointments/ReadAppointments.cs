using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Validation;

namespace Platform.Scheduling.Features.ReadAppointments;

internal sealed class GetAppointmentHandler(SchedulingDbContext db, IMediator mediator, ICurrentUser user, IOptions<SchedulingOptions> options)
    : IRequestHandler<GetAppointment, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(GetAppointment request, CancellationToken cancellationToken)
    {
        var appointment = await db.AppointmentsWithReminders.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AppointmentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Appointment), request.AppointmentId);
        await mediator.EnsureCanReadAsync(user, appointment.PatientId, cancellationToken);
        return (await db.ToDtosAsync([appointment], options.Value.Facility, cancellationToken))[0];
    }
}

/// <summary>Keyset paging on (start, id): each page continues after the last row of the one before.</summary>
internal sealed class SearchAppointmentsHandler(SchedulingDbContext db, AppointmentScope scope, IOptions<SchedulingOptions> options)
    : IRequestHandler<SearchAppointments, AppointmentPage>
{
    public async Task<AppointmentPage> Handle(SearchAppointments request, CancellationToken cancellationToken)
    {
        var query = await scope.FilteredAsync(request.Filter, cancellationToken);
        if (AppointmentCursor.TryDecode(request.After) is { } after)
        {
            query = query.Where(a => a.StartsAt > after.At || (a.StartsAt == after.At && a.Id.CompareTo(after.Id) > 0));
        }

        var rows = await query.OrderBy(a => a.StartsAt).ThenBy(a => a.Id).Take(request.First + 1).Include(a => a.Reminders).AsSplitQuery().ToListAsync(cancellationToken);
        var page = rows.Take(request.First).ToList();
        var dtos = await db.ToDtosAsync(page, options.Value.Facility, cancellationToken);
        return new AppointmentPage([.. dtos.Select(d => new AppointmentEdge(d, new AppointmentCursor(d.StartsAt, d.Id).Encode()))], rows.Count > request.First);
    }
}

internal sealed class CountAppointmentsHandler(AppointmentScope scope) : IRequestHandler<CountAppointments, int>
{
    public async Task<int> Handle(CountAppointments request, CancellationToken cancellationToken) =>
        await (await scope.FilteredAsync(request.Filter, cancellationToken)).CountAsync(cancellationToken);
}

internal sealed class SearchAppointmentsValidator : IValidator<SearchAppointments>
{
    public ValueTask ValidateAsync(SearchAppointments request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("first", request.First, 1, 100);
        errors.Defined("filter.status", request.Filter.Status);
        if (request.Filter is { From: { } from, To: { } to } && from > to)
        {
            errors.Add("filter.to", to, "Order", "must not be before filter.from");
        }

        if (request.After is { } after && AppointmentCursor.TryDecode(after) is null)
        {
            errors.Add("after", after, "Cursor", "must be a cursor of an earlier page of this search, passed exactly as it was returned");
        }

        return ValueTask.CompletedTask;
    }
}

internal sealed class GetAppointmentsOfPatientsHandler(SchedulingDbContext db, AppointmentScope scope, IOptions<SchedulingOptions> options)
    : IRequestHandler<GetAppointmentsOfPatients, IReadOnlyList<AppointmentDto>>
{
    public async Task<IReadOnlyList<AppointmentDto>> Handle(GetAppointmentsOfPatients request, CancellationToken cancellationToken)
    {
        var ids = await scope.ReadablePatientsAsync(request.PatientIds, cancellationToken);
        var rows = await db.AppointmentsWithReminders.AsNoTracking().AsSplitQuery()
            .Where(a => ids.Contains(a.PatientId))
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return await db.ToDtosAsync(rows, options.Value.Facility, cancellationToken);
    }
}

internal sealed class ListPatientAppointmentsHandler(SchedulingDbContext db, IOptions<SchedulingOptions> options)
    : IRequestHandler<ListPatientAppointments, IReadOnlyList<PatientAppointmentDto>>
{
    public async Task<IReadOnlyList<PatientAppointmentDto>> Handle(ListPatientAppointments request, CancellationToken cancellationToken)
    {
        var query = db.Appointments.AsNoTracking().Where(a => a.PatientId == request.PatientId);
        if (request.From is { } from)
        {
            query = query.Where(a => a.StartsAt >= from.ToUniversalTime());
        }

        var rows = await query.OrderBy(a => a.StartsAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var names = await db.NamesAsync(rows, cancellationToken);
        var facility = options.Value.Facility;
        return [.. rows.Select(a => new PatientAppointmentDto(
            a.Id, a.Kind, a.Status, FacilityTime.Zoned(a.StartsAt, facility), FacilityTime.Zoned(a.StartsAt, a.PatientTimeZone), a.DurationMinutes,
            names.Clinician(a.ClinicianId), names.Room(a.RoomId), a.Telehealth))];
    }
}

/// <summary>What a caller may list: staff everything; a patient only their own appointments; a partner agent only a granted patient's.</summary>
internal sealed class AppointmentScope(SchedulingDbContext db, IMediator mediator, ICurrentUser user, IServiceProvider services)
{
    public async Task<IQueryable<Appointment>> FilteredAsync(AppointmentFilter filter, CancellationToken cancellationToken)
    {
        if (PatientAccess.IsPatientOrPartnerOnly(user))
        {
            var patientId = filter.PatientId ?? user.PatientId ?? throw new AccessDeniedException(
                $"User '{user.UserId}' may list appointments only of a patient they may see: name it in filter.patient.", authenticated: true);
            await mediator.EnsureCanReadAsync(user, patientId, cancellationToken);
            filter = filter with { PatientId = patientId };
        }

        var query = db.Appointments.AsNoTracking();
        if (filter.PatientId is { } patient)
        {
            query = query.Where(a => a.PatientId == patient);
        }

        if (filter.ClinicianId is { } clinician)
        {
            query = query.Where(a => a.ClinicianId == clinician);
        }

        if (filter.JourneyId is { } journey)
        {
            query = query.Where(a => a.JourneyId == journey);
        }

        if (filter.From is { } from)
        {
            var utc = from.ToUniversalTime();
            query = query.Where(a => a.StartsAt >= utc);
        }

        if (filter.To is { } to)
        {
            var utc = to.ToUniversalTime();
            query = query.Where(a => a.StartsAt < utc);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.Telehealth is { } telehealth)
        {
            query = query.Where(a => a.Telehealth == telehealth);
        }

        return query;
    }

    public async Task<IReadOnlyList<Guid>> ReadablePatientsAsync(IReadOnlyList<Guid> patientIds, CancellationToken cancellationToken)
    {
        if (!PatientAccess.IsPatientOrPartnerOnly(user))
        {
            return patientIds;
        }

        var readable = new HashSet<Guid>();
        if (user.IsInRole(Roles.Patient) && user.PatientId is { } own)
        {
            readable.Add(own);
        }

        if (user.IsInRole(Roles.PartnerAgent) && user.OrganizationId is { } organization && services.GetService<IPartnerAccessGrants>() is { } grants)
        {
            readable.UnionWith(await grants.GrantedPatientsAsync(organization, cancellationToken));
        }

        return [.. patientIds.Where(readable.Contains)];
    }
}

/// <summary>Where a page ended: the last appointment's start and id, opaque to clients.</summary>
internal sealed record AppointmentCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}:{Id:N}")));

    public static AppointmentCursor? TryDecode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':');
            return parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) && Guid.TryParseExact(parts[1], "N", out var id)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                ? new AppointmentCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
