using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
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
            ? new RegisterPatientPayload(new PatientGraphType(result.Patient), [.. result.PossibleDuplicates.Select(d => PatientIds.ToNodeId(d.PatientId))], [])
            : new RegisterPatientPayload(null, [], outcome.Errors);
    }

    [GraphQLDescription("Corrects or completes the patient's identity: names, birth date, sex, nationality, passport.")]
    public static async Task<UpdatePatientIdentityPayload> UpdatePatientIdentity(UpdatePatientIdentityInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var (patient, errors) = await change.SendAsync(mediator, () => new UpdatePatientIdentity(id, input.ExpectedVersion, input.Identity), cancellationToken);
        return new UpdatePatientIdentityPayload(patient, errors);
    }

    [GraphQLDescription("Replaces the patient's contact details, contact hours, home address and home time zone.")]
    public static async Task<UpdateContactDetailsPayload> UpdateContactDetails(UpdateContactDetailsInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var change = new PatientChanges();
        var id = change.RegistryId(input.PatientId, "patientId");
        var c = input.Contacts;
        var from = change.TimeOfDay(c.ContactHoursFrom, "contacts.contactHoursFrom");
        var to = change.TimeOfDay(c.ContactHoursTo, "contacts.contactHoursTo");
        var (patient, errors) = await change.SendAsync(
            mediator,
            () => new UpdateContactDetails(id, input.ExpectedVersion, new ContactDetails(c.Email, c.Phone, c.PreferredChannel, from, to, c.TimeZone, c.HomeAddress)),
            cancellationToken);
        return new UpdateContactDetailsPayload(patient, errors);
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
    [property: GraphQLDescription("The facilitator, insurer or employer that referred the patient, by name.")] string? ReferrerName = null,
    [property: GraphQLDescription("The referring organization's id (Network module); partner agents of it see the patient once granted.")] Guid? ReferrerOrganizationId = null,
    [property: GraphQLDescription("The marketing campaign the patient came through.")] string? Campaign = null)
{
    public RegisterPatient ToCommand() => new(
        Kind,
        Identity,
        Email is null && Phone is null ? null : new ContactDetails(Email, Phone, null, null, null, null, null),
        PreferredLanguages,
        InterpreterNeeded ?? false,
        new Attribution(Source, ReferrerOrganizationId, ReferrerName, Campaign));
}

internal sealed record RegisterPatientPayload(
    [property: GraphQLDescription("The new record; null when errors is not empty.")] PatientGraphType? Patient,
    [property: GraphQLDescription("Global ids of records that may be the same person, for a coordinator to review (see duplicateCandidates).")] IReadOnlyList<NodeId> PossibleDuplicateIds,
    [property: GraphQLDescription("Why the patient was not registered; empty on success.")] IReadOnlyList<IUserError> Errors);

internal sealed record UpdatePatientIdentityInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    PatientIdentity Identity);

internal sealed record UpdatePatientIdentityPayload(
    [property: GraphQLDescription("The changed record; null when errors is not empty.")] PatientGraphType? Patient,
    [property: GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IUserError> Errors);

internal sealed record UpdateContactDetailsInput(
    [property: GraphQLDescription("The patient's global id.")] NodeId PatientId,
    [property: GraphQLDescription("The version the change was made from (Patient.version as read).")] long ExpectedVersion,
    [property: GraphQLDescription("The whole set of contact details; what is left out is cleared.")] ContactDetailsInput Contacts);

/// <summary>How to reach the patient; contact hours are HH:mm in the patient's home time zone.</summary>
internal sealed record ContactDetailsInput(
    string? Email = null,
    [property: GraphQLDescription("International phone number, such as +44 20 7946 0958.")] string? Phone = null,
    ContactChannel? PreferredChannel = null,
    [property: GraphQLDescription("Start of the contact hours, HH:mm; needs contactHoursTo and timeZone.")] string? ContactHoursFrom = null,
    [property: GraphQLDescription("End of the contact hours, HH:mm; earlier than the start runs past midnight.")] string? ContactHoursTo = null,
    [property: GraphQLDescription("IANA time zone, such as Asia/Dubai.")] string? TimeZone = null,
    PostalAddress? HomeAddress = null);

internal sealed record UpdateContactDetailsPayload(
    [property: GraphQLDescription("The changed record; null when errors is not empty.")] PatientGraphType? Patient,
    [property: GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IUserError> Errors);
