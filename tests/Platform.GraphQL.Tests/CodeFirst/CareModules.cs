using System.Security.Claims;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.CodeFirst;

// Two "modules" as they would be written against the code-first API: Patients owns Patient and
// its root fields; Journeys adds Patient.journeys without touching the Patients classes.

[GraphQLDescription("A person receiving care.")]
internal sealed record Patient(Guid Id, string Name, DateOnly BirthDate, PatientStatus Status, string? Nickname, IReadOnlyList<string> Tags)
{
    [Obsolete("Use name.")]
    public string FullName => Name;

    [GraphQLIgnore]
    public string InternalNote => Name + " (internal)";

    [GraphQLName("initials")]
    public string Abbreviation => string.Concat(Name.Split(' ').Select(part => part[0]));
}

internal enum PatientStatus
{
    Active,
    OnHold,

    [GraphQLDeprecated("Merged into ON_HOLD.")]
    Paused,
}

internal sealed record PatientFilter(PatientStatus? Status, IReadOnlyList<string>? Tags, string? NameContains = null);

internal sealed record AdmitPatientInput(string Name, DateOnly BirthDate)
{
    public List<string> Tags { get; init; } = [];
}

internal sealed record Journey([property: GraphQLDescription("What the journey is for.")] string Title, long Steps, decimal Cost);

internal interface IPatientStore
{
    List<Patient> Patients { get; }
}

internal sealed class PatientStore : IPatientStore
{
    public List<Patient> Patients { get; } =
    [
        new(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "Ada Lovelace", new DateOnly(1815, 12, 10), PatientStatus.Active, "Ada", ["vip"]),
        new(Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"), "Alan Turing", new DateOnly(1912, 6, 23), PatientStatus.OnHold, null, []),
    ];
}

internal sealed class PatientQueries
{
    // Instance state: root fields may be instance methods (the class comes from the services, else one shared instance).
    private readonly int _maxPage = 50;

    [GraphQLDescription("One patient by id, or null.")]
    public static Patient? GetPatient(Guid id, IPatientStore store) => store.Patients.Find(patient => patient.Id == id);

    public IReadOnlyList<Patient> Patients(IPatientStore store, PatientFilter? filter = null, int first = 10) =>
        [.. store.Patients
            .Where(patient => filter?.Status is null || patient.Status == filter.Status)
            .Where(patient => filter?.NameContains is null || patient.Name.Contains(filter.NameContains, StringComparison.Ordinal))
            .Where(patient => filter?.Tags is null || filter.Tags.All(patient.Tags.Contains))
            .Take(Math.Min(first, _maxPage))];

    public static async Task<int> CountAsync(PatientStatus status, IPatientStore store, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return store.Patients.Count(patient => patient.Status == status);
    }

    public static string Whoami(ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static string Broken() => null!;
}

internal sealed class PatientMutations
{
    public static Patient Admit(AdmitPatientInput input, [Service] PatientStore store)
    {
        var patient = new Patient(Guid.Parse("11111111-2222-3333-4444-555555555555"), input.Name, input.BirthDate, PatientStatus.Active, null, input.Tags);
        store.Patients.Add(patient);
        return patient;
    }
}

[ExtendType(typeof(Patient))]
internal sealed class PatientJourneys
{
    [GraphQLDescription("The patient's care journeys.")]
    public static async ValueTask<IReadOnlyList<Journey>> Journeys([Parent] Patient patient, IResolverContext context, [Service] JourneyBatchLog log) =>
        await context.GroupedLoader<Guid, Journey>("journeys", (ids, _) =>
        {
            log.Batches.Add(string.Join(",", ids.Select(id => id.ToString()[..4])));

            return ValueTask.FromResult(ids.SelectMany(id => new[] { (id, new Journey("Recovery of " + id.ToString()[..4], 3_000_000_000, 12.5m)) }).ToLookup(pair => pair.id, pair => pair.Item2));
        }).LoadAsync(patient.Id);
}

internal sealed class JourneyBatchLog
{
    public List<string> Batches { get; } = [];
}

/// <summary>The request's services: each instance registered under its own type and its interfaces.</summary>
internal sealed class Services(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => Array.Find(services, serviceType.IsInstanceOfType);
}
