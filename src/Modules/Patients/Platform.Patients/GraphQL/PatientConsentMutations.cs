using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

[MutationType]
internal sealed class PatientConsentMutations
{
    [GraphQLDescription("Records a consent decision (grant or withdrawal) in the patient's history; the latest decision is the one in force. Patients may record their own.")]
    public static async Task<RecordConsentPayload> RecordConsent(RecordConsentInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var (patient, errors) = await change.SendAsync(
            mediator,
            () => new RecordConsent(id, input.ExpectedVersion, input.Kind, input.Decision, input.Channel, input.OccurredAt, input.Note),
            cancellationToken);
        return new RecordConsentPayload(patient, patient?.Consents.Single(c => c.Kind == input.Kind), errors);
    }

    [GraphQLDescription(
        "Merges a duplicate record into the one to keep (patientId). The duplicate stays readable, marked as merged; the survivor gains its " +
        "related persons, languages and consent history, and other modules re-point their records. Administrators only.")]
    public static async Task<MergePatientsPayload> MergePatients(MergePatientsInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var survivor = change.RegistryId(input.PatientId, "patientId");
        var duplicate = change.RegistryId(input.DuplicateId, "duplicateId");
        var (patient, errors) = await change.SendAsync(
            mediator,
            () => new MergePatients(survivor, input.ExpectedVersion, duplicate, input.DuplicateExpectedVersion, input.Note),
            cancellationToken);
        return new MergePatientsPayload(patient, errors);
    }
}

internal sealed record RecordConsentInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    ConsentKind Kind,
    [property: GraphQLDescription("GRANTED or WITHDRAWN.")] ConsentDecision Decision,
    [property: GraphQLDescription("How the decision reached the center.")] ConsentChannel Channel,
    [property: GraphQLDescription("When the patient decided, if earlier (a signed form); now when left out. Never in the future.")] DateTimeOffset? OccurredAt = null,
    string? Note = null);

internal sealed record RecordConsentPayload(
    [property: GraphQLDescription("The changed record; null when errors is not empty.")] PatientGraphType? Patient,
    [property: GraphQLDescription("The consent in force for this purpose after the decision.")] ConsentStateDto? Consent,
    [property: GraphQLDescription("Why nothing was recorded; empty on success.")] IReadOnlyList<IUserError> Errors);

internal sealed record MergePatientsInput(
    [property: GraphQLDescription("The global id of the record to keep.")] NodeId PatientId,
    [property: GraphQLDescription("The version of the record to keep, as read.")] long ExpectedVersion,
    [property: GraphQLDescription("The global id of the duplicate to merge into it.")] NodeId DuplicateId,
    [property: GraphQLDescription("The version of the duplicate, as read.")] long DuplicateExpectedVersion,
    string? Note = null);

internal sealed record MergePatientsPayload(
    [property: GraphQLDescription("The surviving record with what it absorbed (merges); null when errors is not empty.")] PatientGraphType? Patient,
    [property: GraphQLDescription("Why nothing was merged; empty on success.")] IReadOnlyList<IUserError> Errors);
