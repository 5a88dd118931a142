using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Identity.Contracts;
using Platform.Journeys.Contracts;
using Platform.Kernel.Security;
using Platform.Kernel.Time;
using Platform.Patients.Contracts;

namespace Platform.Demo;

/// <summary>
/// Loads the demo center on the embedded default: the patients of a living international patient
/// center, told as stories through the modules' real requests at the dates they happened (see
/// <see cref="ReplayClock"/>), by the demo users who would have done each step. Validation,
/// authorization, audit and the outbox run as for any request, so the demo data is what the
/// platform itself would have written. Loaded once: a database that already holds the demo
/// patient's record is left as it is.
/// </summary>
public static partial class DemoCenter
{
    /// <summary>The configuration key that switches the demo center on (Development's appsettings does).</summary>
    public const string EnabledKey = "Demo:Enabled";

    /// <summary>Loads the demo center when <see cref="EnabledKey"/> is true and it is not loaded yet.</summary>
    /// <returns>The number of requests the stories sent; 0 when nothing was loaded.</returns>
    public static async Task<int> LoadIfEnabledAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue<bool>(EnabledKey))
        {
            return 0;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoCenter).FullName!);
        if (services.GetRequiredService<TimeProvider>() is not ReplayClock clock)
        {
            LogNoReplayClock(logger);
            return 0;
        }

        var demoUsers = await SendAsync(services, PlatformPrincipal.System, new ListDemoUsers(), cancellationToken);
        var cast = DemoCast.From(demoUsers);
        if (await IsLoadedAsync(services, cast, cancellationToken))
        {
            LogAlreadyLoaded(logger);
            return 0;
        }

        var started = Stopwatch.GetTimestamp();
        var state = new DemoState(clock.GetUtcNow(), cast);
        // The pathways the journeys are planned on exist before the first story starts.
        var first = DemoPatients.All.Min(p => DemoPatients.RegisteredAt(p, state.Now));
        state.Schedule(new DemoStep(first.AddDays(-1), cast.Administrator, async (mediator, _, ct) => await mediator.Send(new EnsureDefaultCarePathways(), ct)));
        foreach (var step in DemoPatients.Stories(cast, state.Now).Concat(DemoJourneys.Stories(cast, state.Now)).Concat(DemoAppointments.Stories(cast, state.Now)).Concat(DemoRecords.Stories(cast, state.Now)).Concat(DemoClinicalSummaries.Stories(cast, state.Now)))
        {
            state.Schedule(step);
        }

        // Work left undone is overdue today: one escalation pass, as the background service would run.
        state.Schedule(new DemoStep(state.Now.AddSeconds(-1), cast.Administrator, async (mediator, _, ct) => await mediator.Send(new RunTaskEscalation(), ct)));

        // Steps run in the order they happened; a step may schedule later ones (a task completed
        // when it fell due), so the queue is read until it is empty.
        var sent = 0;
        while (state.TryNext(out var step))
        {
            state.Current = step.At;
            using (clock.ReplayAt(step.At))
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(step.Actor, "demo");
                await step.Run(scope.ServiceProvider.GetRequiredService<IMediator>(), state, cancellationToken);
            }

            sent++;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogLoaded(logger, state.Patients.Count, state.Journeys.Count, sent, seconds);
        return sent;
    }

    private static async Task<bool> IsLoadedAsync(IServiceProvider services, DemoCast cast, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(services, PlatformPrincipal.System, new GetPatient(cast.DemoPatientId), cancellationToken);
            return true;
        }
        catch (Kernel.Messaging.NotFoundException)
        {
            return false;
        }
    }

    private static async Task<TResponse> SendAsync<TResponse>(IServiceProvider services, System.Security.Claims.ClaimsPrincipal user, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(user, "demo");
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo center loaded: {Patients} patients and {Journeys} journeys from {Steps} requests in {Seconds:F1} s.")]
    private static partial void LogLoaded(ILogger logger, int patients, int journeys, int steps, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo center already loaded; left as it is.")]
    private static partial void LogAlreadyLoaded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo center not loaded: the registered TimeProvider is not the platform's ReplayClock, so the stories cannot be told at their dates.")]
    private static partial void LogNoReplayClock(ILogger logger);
}

/// <summary>One step of a story: who does what, when.</summary>
internal sealed record DemoStep(DateTimeOffset At, System.Security.Claims.ClaimsPrincipal Actor, Func<IMediator, DemoState, CancellationToken, Task> Run);

/// <summary>
/// What the stories learned so far (each demo patient's record as last written) and the steps
/// still to run, in time order (steps at the same instant in the order they were scheduled).
/// </summary>
internal sealed class DemoState(DateTimeOffset now, DemoCast cast)
{
    private readonly HashSet<Guid> _tasksSeen = [];

    private readonly PriorityQueue<DemoStep, (DateTimeOffset At, long Sequence)> _steps = new();
    private long _sequence;

    /// <summary>When the step running now happened; what it schedules happens after.</summary>
    public DateTimeOffset Current { get; set; }

    /// <summary>The real time the load started; nothing is scheduled after it.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The demo users the steps act as.</summary>
    public DemoCast Cast { get; } = cast;

    public Dictionary<string, PatientDto> Patients { get; } = [];

    public Dictionary<string, JourneyDto> Journeys { get; } = [];

    public JourneyDto Journey(string key) => Journeys[key];

    public void KeepJourney(string key, JourneyDto journey) => Journeys[key] = journey;

    /// <summary>True the first time a task is seen, so its completion is planned once.</summary>
    public bool FirstTimeSeen(Guid taskId) => _tasksSeen.Add(taskId);

    public PatientDto Patient(string key) => Patients[key];

    public void Keep(string key, PatientDto patient) => Patients[key] = patient;

    /// <summary>Adds a step; one that would happen after <see cref="Now"/> has not happened yet and is dropped.</summary>
    public void Schedule(DemoStep step)
    {
        if (step.At < Now)
        {
            _steps.Enqueue(step, (step.At, _sequence++));
        }
    }

    public bool TryNext(out DemoStep step) => _steps.TryDequeue(out step!, out _);
}

/// <summary>The demo users the stories act as, as Identity lists them, and the demo patient and partner they are bound to.</summary>
internal sealed record DemoCast(
    System.Security.Claims.ClaimsPrincipal Coordinator,
    System.Security.Claims.ClaimsPrincipal CaseManager,
    System.Security.Claims.ClaimsPrincipal Clinician,
    System.Security.Claims.ClaimsPrincipal Administrator,
    System.Security.Claims.ClaimsPrincipal Patient,
    Guid DemoPatientId,
    Guid PartnerOrganizationId)
{
    public string CoordinatorId => Id(Coordinator);

    public string CoordinatorName => Name(Coordinator);

    public string CaseManagerId => Id(CaseManager);

    public string CaseManagerName => Name(CaseManager);

    public string ClinicianId => Id(Clinician);

    public string ClinicianName => Name(Clinician);

    public static DemoCast From(IReadOnlyList<DemoUser> users)
    {
        DemoUser Find(string role) => users.FirstOrDefault(u => u.Roles.Contains(role))
            ?? throw new InvalidOperationException($"The demo center needs a demo user with the role '{role}'; Identity lists none.");

        System.Security.Claims.ClaimsPrincipal Act(DemoUser user) =>
            PlatformPrincipal.Create(user.UserName, user.DisplayName, user.Roles, user.PatientId, user.OrganizationId);

        var patient = Find(Roles.Patient);
        var partner = Find(Roles.PartnerAgent);
        return new DemoCast(
            Act(Find(Roles.Coordinator)),
            Act(Find(Roles.CaseManager)),
            Act(Find(Roles.Clinician)),
            Act(Find(Roles.Administrator)),
            Act(patient),
            patient.PatientId ?? throw new InvalidOperationException($"The demo patient '{patient.UserName}' is bound to no patient record."),
            partner.OrganizationId ?? throw new InvalidOperationException($"The demo partner agent '{partner.UserName}' is bound to no organization."));
    }

    private static string Id(System.Security.Claims.ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Subject)!.Value;

    private static string Name(System.Security.Claims.ClaimsPrincipal user) => user.FindFirst(PlatformClaims.Name)!.Value;
}
