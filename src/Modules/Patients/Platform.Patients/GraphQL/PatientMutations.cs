using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

[MutationType]
internal sealed class PatientMutations
{
    [GraphQLDescription("Registers a new patient. Possible duplicates do not stop registration; they come back for review. Broken rules come back in errors.")]
    public static async Task<RegisterPatientPayload> RegisterPatient(RegisterPatientInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(input.ToCommand(), cancellationToken);
        return outcome.Result is { } result
            ? new RegisterPatientPayload(new PatientGraphType(result.Patient), [.. result.PossibleDuplicates.Select(d => d.PatientId)], [])
            : new RegisterPatientPayload(null, [], outcome.Errors);
    }
}

internal sealed record RegisterPatientInput(
    PatientKind Kind,
    PatientIdentity Identity,
    AttributionChannel Source,
    string? Email = null,
    string? Phone = null,
    IReadOnlyList<string>? PreferredLanguages = null,
    [property: GraphQLDescription("Whether the patient needs an interpreter; false when left out.")] bool? InterpreterNeeded = null,
    [property: GraphQLDescription("The facilitator, insurer or employer that referred the patient, by name.")] string? ReferrerName = null)
{
    public RegisterPatient ToCommand() => new(
        Kind,
        Identity,
        Email is null && Phone is null ? null : new ContactDetails(Email, Phone, null, null, null, null, null),
        PreferredLanguages,
        InterpreterNeeded ?? false,
        new Attribution(Source, null, ReferrerName, null));
}

internal sealed record RegisterPatientPayload(
    [property: GraphQLDescription("The new record; null when errors is not empty.")] PatientGraphType? Patient,
    [property: GraphQLDescription("Records that may be the same person, for a coordinator to review.")] IReadOnlyList<Guid> PossibleDuplicateIds,
    [property: GraphQLDescription("Why the patient was not registered; empty on success.")] IReadOnlyList<IUserError> Errors);
