using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

[MutationType]
internal sealed class PatientPreferenceMutations
{
    [GraphQLDescription("Replaces the patient's languages (most preferred first) and whether they need an interpreter.")]
    public static async Task<SetLanguagePreferencesPayload> SetLanguagePreferences(SetLanguagePreferencesInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var (patient, errors) = await change.SendAsync(mediator, () => new SetLanguagePreferences(id, input.ExpectedVersion, input.Languages, input.InterpreterNeeded), cancellationToken);
        return new SetLanguagePreferencesPayload(patient, errors);
    }

    [GraphQLDescription("Replaces the patient's cultural preferences.")]
    public static async Task<SetCulturalPreferencesPayload> SetCulturalPreferences(SetCulturalPreferencesInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var (patient, errors) = await change.SendAsync(mediator, () => new SetCulturalPreferences(id, input.ExpectedVersion, input.Preferences), cancellationToken);
        return new SetCulturalPreferencesPayload(patient, errors);
    }

    [GraphQLDescription("Sets the patient's home-country physician, or clears it when physician is left out.")]
    public static async Task<SetHomePhysicianPayload> SetHomePhysician(SetHomePhysicianInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var (patient, errors) = await change.SendAsync(mediator, () => new SetHomePhysician(id, input.ExpectedVersion, input.Physician), cancellationToken);
        return new SetHomePhysicianPayload(patient, errors);
    }

    [GraphQLDescription("Adds a companion, next of kin or other contact person to the patient's record.")]
    public static async Task<AddRelatedPersonPayload> AddRelatedPerson(AddRelatedPersonInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var (patient, errors) = await change.SendAsync(mediator, () => new AddRelatedPerson(id, input.ExpectedVersion, input.Person), cancellationToken);
        return new AddRelatedPersonPayload(patient, errors);
    }

    [GraphQLDescription("Removes a related person from the patient's record.")]
    public static async Task<RemoveRelatedPersonPayload> RemoveRelatedPerson(RemoveRelatedPersonInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var (patient, errors) = await change.SendAsync(mediator, () => new RemoveRelatedPerson(id, input.ExpectedVersion, input.RelatedPersonId), cancellationToken);
        return new RemoveRelatedPersonPayload(patient, errors);
    }
}

internal sealed record SetLanguagePreferencesInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    [property: GraphQLDescription("BCP 47 language tags, most preferred first, such as ar or pt-BR.")] IReadOnlyList<string> Languages,
    bool InterpreterNeeded);

internal sealed record SetLanguagePreferencesPayload(PatientGraphType? Patient, IReadOnlyList<IUserError> Errors);

internal sealed record SetCulturalPreferencesInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    [property: GraphQLDescription("The whole set of preferences; what is left out becomes not asked.")] CulturalPreferences Preferences);

internal sealed record SetCulturalPreferencesPayload(PatientGraphType? Patient, IReadOnlyList<IUserError> Errors);

internal sealed record SetHomePhysicianInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    [property: GraphQLDescription("The physician; left out or null clears it.")] HomePhysicianDetails? Physician = null);

internal sealed record SetHomePhysicianPayload(PatientGraphType? Patient, IReadOnlyList<IUserError> Errors);

internal sealed record AddRelatedPersonInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    RelatedPersonDetails Person);

internal sealed record AddRelatedPersonPayload(PatientGraphType? Patient, IReadOnlyList<IUserError> Errors);

internal sealed record RemoveRelatedPersonInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    [property: GraphQLDescription("RelatedPerson.id of the person to remove.")] Guid RelatedPersonId);

internal sealed record RemoveRelatedPersonPayload(PatientGraphType? Patient, IReadOnlyList<IUserError> Errors);
