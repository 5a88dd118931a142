using Microsoft.Extensions.Options;
using Platform.Kernel.Validation;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Validation;

namespace Platform.Scheduling.Features.BookAppointment;

internal sealed class BookAppointmentValidator(IOptions<SchedulingOptions> options, TimeProvider clock) : IValidator<Contracts.BookAppointment>
{
    public const int MinDuration = 5;
    public const int MaxDuration = 12 * 60;

    public ValueTask ValidateAsync(Contracts.BookAppointment request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        errors.Defined("kind", (AppointmentKind?)request.Kind);
        errors.NotDefault("clinicianId", request.ClinicianId);
        AppointmentInputRules.Start(errors, request.Start, options.Value, clock);
        errors.InRange("durationMinutes", request.DurationMinutes, MinDuration, MaxDuration);
        if (request.Telehealth)
        {
            if (request.RoomId is { } room)
            {
                errors.Add("roomId", room, "NoRoomForTelehealth", "must be left out for a telehealth appointment: the visit happens by video");
            }

            AppointmentInputRules.JoinLink(errors, request.JoinLink);
        }
        else
        {
            if (request.RoomId is null || request.RoomId == Guid.Empty)
            {
                errors.Add("roomId", request.RoomId, "Required", "is required for an appointment in person: name the room it takes place in");
            }

            if (request.JoinLink is not null)
            {
                errors.Add("joinLink", request.JoinLink, "TelehealthOnly", "is for telehealth appointments only; set telehealth: true or leave it out");
            }
        }

        errors.OptionalText("reason", request.Reason, SchedulingDbContext.TextLength);
        errors.OptionalText("notes", request.Notes, SchedulingDbContext.TextLength);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Rules booking and rescheduling share.</summary>
internal static class AppointmentInputRules
{
    public static DateTimeOffset? Start(ValidationErrors errors, AppointmentStart? start, SchedulingOptions options, TimeProvider clock)
    {
        var at = FacilityTime.Resolve(start, options.Facility, "start", errors);
        if (at is { } instant && instant <= clock.GetUtcNow())
        {
            errors.Add(start!.At is null ? "start.facilityLocal" : "start.at", (object?)start.FacilityLocal ?? instant, "Future", "must be in the future: an appointment is booked ahead");
            return null;
        }

        return at;
    }

    public static void JoinLink(ValidationErrors errors, string? link)
    {
        if (link is null)
        {
            return;
        }

        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("joinLink", link, "Url", "is not a web address: expected an absolute https:// link to the video visit");
            return;
        }

        errors.MaxLength("joinLink", link, SchedulingDbContext.UrlLength);
    }
}
