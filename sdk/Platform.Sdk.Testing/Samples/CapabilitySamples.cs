namespace Platform.Sdk.Testing.Samples;

/// <summary>The sample calls the kit knows for each capability.</summary>
internal static class CapabilitySamples
{
    public static IReadOnlyList<SampleCall> For(string capability) => capability switch
    {
        PartnerCapabilities.Insurer => InsurerSamples.Calls(),
        PartnerCapabilities.GroundTransport => TransportSamples.Calls(),
        PartnerCapabilities.InterpreterAgency => InterpreterSamples.Calls(),
        PartnerCapabilities.ClinicalTrialRegistry => TrialSamples.Calls(),
        PartnerCapabilities.VideoVisits => VideoVisitSamples.Calls(),
        _ => throw new ArgumentException($"Capability '{capability}' is not one of {string.Join(", ", PartnerCapabilities.Contracts.Keys)}.", nameof(capability)),
    };
}
