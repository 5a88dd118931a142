using MediatR;
using Platform.Patients.Contracts;

namespace Platform.Journeys.Features.OpenJourney;

/// <summary>
/// Reads a patient from the Patients module once per request scope. OpenJourney's validator reads it
/// before the unit of work begins: the nested read writes its own audit entry, which on SQLite must not
/// wait behind this module's open write transaction.
/// </summary>
internal sealed class PatientLookup(IMediator mediator)
{
    private readonly Dictionary<Guid, PatientDto> _read = [];

    public async Task<PatientDto> GetAsync(Guid patientId, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(patientId, out var patient))
        {
            patient = await mediator.Send(new GetPatient(patientId), cancellationToken);
            _read[patientId] = patient;
        }

        return patient;
    }
}
