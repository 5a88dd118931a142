using Platform.Sdk.Video;

namespace Platform.Sdk.Testing.Samples;

/// <summary>A 30-minute telehealth consultation before travel: open a visit room, then cancel it.</summary>
internal static class VideoVisitSamples
{
    public static IReadOnlyList<SampleCall> Calls()
    {
        var visit = new VideoVisitRequest("KIT-APPOINTMENT-0001", Requests.Appointment, TimeSpan.FromMinutes(30), Requests.Patient, Requests.Coordinator, "Europe/Istanbul");

        return
        [
            SampleCall.Write<IVideoVisitProvider, VideoVisit>("CreateVisitAsync", (v, k, ct) => v.CreateVisitAsync(visit, k, ct), Opened),
            SampleCall.WriteAbout<IVideoVisitProvider, VideoVisitCancellation>(
                "CancelVisitAsync",
                v => SampleCall.ReferenceOf(v.CreateVisitAsync(visit, IdempotencyKey.New(), CancellationToken.None), r => r.VisitId),
                (v, reference, k, ct) => v.CancelVisitAsync(reference, "Patient rescheduled", k, ct),
                (c, reference) => c.VisitId != reference ? $"the cancellation answered visit '{c.VisitId}' for '{reference}'" : null),
        ];
    }

    private static string? Opened(VideoVisit visit) =>
        string.IsNullOrWhiteSpace(visit.VisitId) ? "a visit without VisitId"
        : visit.PatientJoinUrl == visit.ClinicianJoinUrl ? "the same join link for patient and clinician; give each their own"
        : visit.ValidUntil <= visit.ValidFrom ? "ValidUntil is not after ValidFrom"
        : null;
}
