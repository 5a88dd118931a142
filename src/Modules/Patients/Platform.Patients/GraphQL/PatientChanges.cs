using MediatR;
using Platform.GraphQL.Relay;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

/// <summary>
/// What every patient mutation does: read the registry ids out of the input's global ids (a wrong
/// one is a validation error naming the input field), send the command, and return the changed
/// record or the user errors that stopped it.
/// </summary>
internal sealed class PatientChanges
{
    private readonly ValidationErrors _errors = new();

    /// <summary>The registry id in a global id input field; records a validation error when it is not a patient's.</summary>
    public Guid RegistryId(NodeId id, string field)
    {
        if (PatientIds.TryGetPatientId(id, out var patientId))
        {
            return patientId;
        }

        _errors.Add(field, id.ToString(), "NodeType", $"must be the global id of a Patient, not of a {id.TypeName}");
        return default;
    }

    /// <summary>A time of day given as HH:mm; records a validation error when it is not one.</summary>
    public TimeOnly? TimeOfDay(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time))
        {
            return time;
        }

        _errors.Add(field, value, "Format", "must be a time of day as HH:mm, such as 09:00 or 18:30");
        return null;
    }

    /// <summary>Sends the command unless the input already broke a rule; the result or the user errors.</summary>
    public async Task<(PatientGraphType? Patient, IReadOnlyList<IUserError> Errors)> SendAsync(IMediator mediator, Func<IRequest<PatientDto>> command, CancellationToken cancellationToken)
    {
        if (!_errors.IsEmpty)
        {
            return (null, [.. _errors.All.Select(e => new ValidationUserError(e.Message, e.Field, e.Rule, e.AttemptedValue))]);
        }

        var outcome = await mediator.SendForPayloadAsync(command(), cancellationToken);
        return (outcome.Result is { } patient ? new PatientGraphType(patient) : null, outcome.Errors);
    }
}
