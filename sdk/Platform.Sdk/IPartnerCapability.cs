namespace Platform.Sdk;

/// <summary>The base of every capability contract: something a partner does for the hospital.</summary>
/// <remarks>
/// Rules every implementation follows (the host enforces what it can, the conformance kit checks the rest):
/// every method honours its <see cref="CancellationToken"/>; no method blocks a thread while waiting for
/// the partner; a partner's answer is returned as a <see cref="PartnerResult{T}"/> rather than thrown;
/// a write called twice with the same <see cref="IdempotencyKey"/> acts once and answers the same.
/// </remarks>
public interface IPartnerCapability
{
    /// <summary>
    /// Checks that the partner can be reached with the configured settings (credentials accepted,
    /// endpoint answering). Administrators run it to test a connection; the host runs it for health.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The partner's health, with a description a person can act on when it is not healthy.</returns>
    Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken);
}

/// <summary>Names the capability a contract stands for, as written in manifests and configuration.</summary>
/// <param name="name">The capability name, one of <see cref="PartnerCapabilities"/>.</param>
[AttributeUsage(AttributeTargets.Interface, Inherited = false)]
public sealed class PartnerCapabilityAttribute(string name) : Attribute
{
    /// <summary>The capability name, e.g. <c>insurer</c>.</summary>
    public string Name { get; } = name;
}

/// <summary>The capability names used in <c>plugin.json</c> and in the hospital's <c>Partners</c> configuration.</summary>
public static class PartnerCapabilities
{
    /// <summary>Insurers and other payors: <see cref="Insurance.IInsurer"/>.</summary>
    public const string Insurer = "insurer";

    /// <summary>Ground-transport firms: <see cref="Transport.IGroundTransport"/>.</summary>
    public const string GroundTransport = "ground-transport";

    /// <summary>Interpreter and translation agencies: <see cref="Interpretation.IInterpreterAgency"/>.</summary>
    public const string InterpreterAgency = "interpreter-agency";

    /// <summary>Clinical-trial registries: <see cref="Trials.IClinicalTrialRegistry"/>.</summary>
    public const string ClinicalTrialRegistry = "clinical-trial-registry";

    /// <summary>Video-visit providers for telehealth: <see cref="Video.IVideoVisitProvider"/> (since 1.1.0).</summary>
    public const string VideoVisits = "video-visits";

    /// <summary>Every capability name with its contract, in the order above.</summary>
    public static IReadOnlyDictionary<string, Type> Contracts { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [Insurer] = typeof(Insurance.IInsurer),
        [GroundTransport] = typeof(Transport.IGroundTransport),
        [InterpreterAgency] = typeof(Interpretation.IInterpreterAgency),
        [ClinicalTrialRegistry] = typeof(Trials.IClinicalTrialRegistry),
        [VideoVisits] = typeof(Video.IVideoVisitProvider),
    }.AsReadOnly();
}
