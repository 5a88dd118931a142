using Platform.Sdk.Interpretation;

namespace Platform.Sdk.Testing.Samples;

/// <summary>An Arabic–Turkish interpreter on site for an oncology consultation, and a certified translation of a report.</summary>
internal static class InterpreterSamples
{
    public static IReadOnlyList<SampleCall> Calls()
    {
        var request = new InterpreterRequest("ar", "tr", InterpretingModality.OnSite, Requests.Appointment, TimeSpan.FromHours(1), "Europe/Istanbul",
            "oncology", Requests.Hospital, GenderPreference.Female, "Pre-operative consultation", Requests.Coordinator);
        var translation = new TranslationRequest(Requests.Document("pathology-report.txt", "Histopathology: invasive ductal carcinoma, grade 2."),
            "tr", "ar", Certified: true, Requests.Appointment.AddDays(-7), "oncology");

        return
        [
            SampleCall.Write<IInterpreterAgency, InterpreterBooking>("BookInterpreterAsync", (a, k, ct) => a.BookInterpreterAsync(request, k, ct),
                b => string.IsNullOrWhiteSpace(b.BookingReference) ? "a booking without BookingReference"
                    : b.State is InterpreterBookingState.Cancelled or InterpreterBookingState.Unfilled ? $"Success with state {b.State}; refuse a booking as Declined" : null,
                mayPend: true),
            SampleCall.ReadAbout<IInterpreterAgency, InterpreterBooking>("GetInterpreterBookingAsync", Book(request), (a, reference, ct) => a.GetInterpreterBookingAsync(reference, ct),
                (b, reference) => b.BookingReference != reference ? $"booking '{b.BookingReference}' when '{reference}' was asked for" : null),
            SampleCall.WriteAbout<IInterpreterAgency, InterpreterBooking>("CancelInterpreterAsync", Book(request), (a, reference, k, ct) => a.CancelInterpreterAsync(reference, "Appointment moved", k, ct),
                (b, reference) => b.BookingReference != reference ? $"cancelled booking '{b.BookingReference}' for '{reference}'"
                    : b.State != InterpreterBookingState.Cancelled ? $"a cancellation answered with state {b.State}, not Cancelled" : null),
            SampleCall.Write<IInterpreterAgency, TranslationJob>("SubmitTranslationAsync", (a, k, ct) => a.SubmitTranslationAsync(translation, k, ct),
                j => string.IsNullOrWhiteSpace(j.JobReference) ? "a job without JobReference" : null),
            SampleCall.ReadAbout<IInterpreterAgency, TranslationJob>(
                "GetTranslationAsync",
                a => SampleCall.ReferenceOf(a.SubmitTranslationAsync(translation, IdempotencyKey.New(), CancellationToken.None), j => j.JobReference),
                (a, reference, ct) => a.GetTranslationAsync(reference, ct),
                (j, reference) => j.JobReference != reference ? $"job '{j.JobReference}' when '{reference}' was asked for" : null),
        ];
    }

    private static Func<IInterpreterAgency, Task<string>> Book(InterpreterRequest request) =>
        a => SampleCall.ReferenceOf(a.BookInterpreterAsync(request, IdempotencyKey.New(), CancellationToken.None), b => b.BookingReference);
}
