using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

[QueryType]
internal sealed class PatientQueries
{
    [GraphQLDescription("One patient by global id; NOT_FOUND when there is no such record, FORBIDDEN when it is not yours to see.")]
    public static async Task<PatientGraphType?> Patient(NodeId id, IMediator mediator, CancellationToken cancellationToken) =>
        new(await mediator.SendForGraphQLAsync(new GetPatient(PatientNodes.RegistryId(id, "id")), cancellationToken));

    [GraphQLDescription(
        "Patients, filtered and sorted, as a Relay connection (keyset-paged: cursors stay valid while patients are added). " +
        "Page forward with first/after or backward with last/before, keeping the same filter and orderBy. " +
        "Staff see every patient; a patient only their own record; a partner agent only the patients their organization holds a grant for.")]
    public static async Task<Connection<PatientGraphType>> Patients(
        IMediator mediator,
        CancellationToken cancellationToken,
        [GraphQLDescription("How many patients from the start (1 to 100; 20 when neither first nor last is given).")] int? first = null,
        [GraphQLDescription("A cursor from this connection: the page starts after it.")] string? after = null,
        [GraphQLDescription("How many patients from the end (1 to 100).")] int? last = null,
        [GraphQLDescription("A cursor from this connection: the page ends before it.")] string? before = null,
        PatientFilterInput? filter = null,
        PatientOrder orderBy = PatientOrder.FamilyName)
    {
        var page = PageRequest.From(first, after, last, before);
        var criteria = filter?.ToFilter();
        var result = await mediator.SendForGraphQLAsync(
            new SearchPatients(criteria, orderBy, page.Size, page.After, page.Before, Backward: !page.Forward),
            cancellationToken);
        return Connection.Create(
            [.. result.Edges.Select(e => new Edge<PatientGraphType>(new PatientGraphType(e.Patient), e.Cursor))],
            result.HasPreviousPage,
            result.HasNextPage,
            async token => await mediator.SendForGraphQLAsync(new CountPatients(criteria), token));
    }

    [GraphQLDescription("Every consent decision on the patient's record, oldest first, with the state in force per purpose; kind narrows it to one purpose.")]
    public static async Task<ConsentHistoryGraphType> ConsentHistory(NodeId patientId, IMediator mediator, CancellationToken cancellationToken, ConsentKind? kind = null) =>
        new(await mediator.SendForGraphQLAsync(new GetConsentHistory(PatientNodes.RegistryId(patientId, "patientId"), kind), cancellationToken));

    [GraphQLDescription("Records that may be the same person as this patient, most likely first; merge one with mergePatients.")]
    public static async Task<IReadOnlyList<DuplicateCandidateGraphType>> DuplicateCandidates(NodeId patientId, IMediator mediator, CancellationToken cancellationToken) =>
        [.. (await mediator.SendForGraphQLAsync(new FindDuplicateCandidates(PatientNodes.RegistryId(patientId, "patientId")), cancellationToken))
            .OrderByDescending(c => c.Score)
            .Select(c => new DuplicateCandidateGraphType(c))];
}

/// <summary>Which patients <c>patients</c> lists; every condition given must hold.</summary>
internal sealed record PatientFilterInput(
    [property: GraphQLDescription("A fragment of any name, Latin or native script, ignoring case and accents: \"muller\" finds Müller, \"فاطمة\" finds فاطمة.")] string? Name = null,
    [property: GraphQLDescription("ISO 3166-1 country code of the patient's nationality, such as AE or ARE.")] string? Nationality = null,
    PatientKind? Kind = null,
    [property: GraphQLDescription("The channel the patient came through.")] AttributionChannel? Source = null,
    [property: GraphQLDescription("The facilitator, insurer or employer organization that referred the patient.")] Guid? ReferrerOrganizationId = null,
    [property: GraphQLDescription("The source market: ISO 3166-1 code of the country of the patient's home address.")] string? HomeCountry = null,
    [property: GraphQLDescription("Registered at or after this instant.")] DateTimeOffset? RegisteredFrom = null,
    [property: GraphQLDescription("Registered before this instant.")] DateTimeOffset? RegisteredBefore = null,
    [property: GraphQLDescription("Only patients who need (true) or do not need (false) an interpreter.")] bool? InterpreterNeeded = null,
    [property: GraphQLDescription("Include records merged into another; false when left out.")] bool? IncludeMerged = null)
{
    public PatientFilter ToFilter() => new(Name, Nationality, Kind, Source, ReferrerOrganizationId, HomeCountry, RegisteredFrom, RegisteredBefore, InterpreterNeeded, IncludeMerged ?? false);
}
