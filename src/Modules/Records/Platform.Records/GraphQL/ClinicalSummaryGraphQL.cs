using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts.GraphQL;
using Platform.Records.Contracts;

namespace Platform.Records.GraphQL;

/// <summary>Clinicians keep the clinical summary: each change names the summary's version they read (null before it exists).</summary>
[MutationType]
internal sealed class ClinicalSummaryMutations
{
    [GraphQLDescription("Adds a diagnosis to the patient's clinical summary, or changes the one diagnosisId names. Clinicians only.")]
    public static async Task<ClinicalSummaryPayload> RecordDiagnosis(RecordDiagnosisInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.RecordDiagnosis(input.PatientId, input.ExpectedVersion, input.DiagnosisId, input.Code, input.Text, input.Status, input.NotedOn), cancellationToken);
        return new ClinicalSummaryPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Adds a medication to the patient's clinical summary, or changes the one medicationId names (set stoppedOn to stop it). Clinicians only.")]
    public static async Task<ClinicalSummaryPayload> RecordMedication(RecordMedicationInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.RecordMedication(input.PatientId, input.ExpectedVersion, input.MedicationId, input.Name, input.Dose, input.Route, input.Frequency, input.StartedOn, input.StoppedOn),
            cancellationToken);
        return new ClinicalSummaryPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Adds an allergy to the patient's clinical summary, or changes the one allergyId names. Clinicians only.")]
    public static async Task<ClinicalSummaryPayload> RecordAllergy(RecordAllergyInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.RecordAllergy(input.PatientId, input.ExpectedVersion, input.AllergyId, input.Substance, input.Reaction, input.Severity), cancellationToken);
        return new ClinicalSummaryPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Removes a diagnosis, medication or allergy recorded in error; the history keeps it with the reason. Clinicians only.")]
    public static async Task<ClinicalSummaryPayload> RemoveClinicalEntry(RemoveClinicalEntryInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.RemoveClinicalEntry(input.PatientId, input.ExpectedVersion, input.EntryId, input.Reason), cancellationToken);
        return new ClinicalSummaryPayload(outcome.Result, outcome.Errors);
    }
}

/// <summary><c>Patient.clinicalSummary</c>: batched for a page of patients into one request.</summary>
[ExtendType(typeof(PatientGraphType))]
internal sealed class PatientClinicalSummaryField
{
    [GraphQLDescription("Diagnoses, medications and allergies as the patient's clinicians keep them; null when none were recorded or the caller may not read them (care staff and the patient themself may).")]
    public static async Task<ClinicalSummaryDto?> ClinicalSummary([Parent] PatientGraphType patient, IResolverContext context, IMediator mediator)
    {
        var loader = context.BatchLoader<Guid, ClinicalSummaryDto>("records.clinicalSummary", async (patientIds, ct) =>
            await mediator.SendForGraphQLAsync(new GetClinicalSummaries(patientIds), ct));
        return await loader.LoadAsync(patient.Record.Id);
    }
}

internal sealed record RecordDiagnosisInput(
    Guid PatientId,
    [property: GraphQLDescription("ICD-10 code such as I25.10 or M17.1 (the dot may be left out).")] string Code,
    string Text,
    DiagnosisStatus Status,
    DateOnly NotedOn,
    [property: GraphQLDescription("The summary's version as read; null when the patient has no summary yet.")] long? ExpectedVersion = null,
    [property: GraphQLDescription("The diagnosis to change; null adds one.")] Guid? DiagnosisId = null);

internal sealed record RecordMedicationInput(
    Guid PatientId,
    string Name,
    [property: GraphQLDescription("Such as \"10 mg\".")] string Dose,
    [property: GraphQLDescription("Such as oral, intravenous, subcutaneous, inhaled.")] string Route,
    [property: GraphQLDescription("Such as \"once daily\" or \"every 8 hours\".")] string Frequency,
    DateOnly? StartedOn = null,
    DateOnly? StoppedOn = null,
    long? ExpectedVersion = null,
    Guid? MedicationId = null);

internal sealed record RecordAllergyInput(Guid PatientId, string Substance, AllergySeverity Severity, string? Reaction = null, long? ExpectedVersion = null, Guid? AllergyId = null);

internal sealed record RemoveClinicalEntryInput(Guid PatientId, long ExpectedVersion, Guid EntryId, string Reason);

internal sealed record ClinicalSummaryPayload(ClinicalSummaryDto? ClinicalSummary, IReadOnlyList<IUserError> Errors);
