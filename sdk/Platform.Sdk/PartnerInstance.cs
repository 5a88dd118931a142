namespace Platform.Sdk;

/// <summary>One partner as the hospital configured it: which plugin serves it and for what.</summary>
/// <param name="PartnerId">The hospital's name for the partner, e.g. <c>globalcare</c>; unique in the host.</param>
/// <param name="PluginId">The id of the plugin serving it, from its manifest.</param>
/// <param name="Capability">The capability it is enabled for, one of <see cref="PartnerCapabilities"/>.</param>
/// <param name="PluginDirectory">The plugin's folder, for files the plugin ships (recorded responses, certificates).</param>
public sealed record PartnerInstance(string PartnerId, string PluginId, string Capability, string PluginDirectory);
