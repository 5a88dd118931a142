using System.Reflection;

namespace Platform.Plugins.Loading;

/// <summary>
/// The assemblies a plugin shares with the host instead of loading its own copy: the SDK (its
/// contracts must be the host's types) and the Microsoft.Extensions abstractions the SDK exposes
/// (IServiceCollection, ILogger). Everything else a plugin brings stays private to its load context,
/// so two plugins can use different versions of one library side by side.
/// </summary>
internal static class SharedAssemblies
{
    public static bool IsShared(AssemblyName name) => name.Name is { } simple && IsShared(simple);

    public static bool IsShared(string simpleName) =>
        simpleName == "Platform.Sdk"
        || simpleName == "Microsoft.Extensions.Primitives"
        || (simpleName.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && simpleName.EndsWith(".Abstractions", StringComparison.Ordinal));
}
