using MediatR;
using Platform.Patients.Contracts;

namespace Platform.Records.Features;

/// <summary>
/// What Records asks Patients before a change. Validators call these, because validation runs before
/// the unit of work opens the Records transaction: Patients' reads are audited, and on SQLite an
/// audit write cannot pass a write transaction that is already open on the same file.
/// </summary>
internal static class PatientChecks
{
    /// <summary>The patient must exist, and the caller may see them; otherwise NOT_FOUND or FORBIDDEN, as Patients answers.</summary>
    public static async Task EnsurePatientAsync(this IMediator mediator, Guid patientId, CancellationToken cancellationToken)
    {
        if (patientId != Guid.Empty)
        {
            await mediator.Send(new GetPatient(patientId), cancellationToken);
        }
    }
}
