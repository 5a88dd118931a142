using System.Reflection;
using Platform.Kernel.Modules;

namespace Platform.Architecture.Tests;

/// <summary>The platform's assemblies, found on disk beside the tests, sorted into kernel, modules and contracts.</summary>
internal static class Solution
{
    private static readonly Lazy<IReadOnlyList<Assembly>> _all = new(() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Platform.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name!))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<Assembly> All => _all.Value;

    public static IEnumerable<Assembly> Modules => All.Where(a => a.GetTypes().Any(t => typeof(IModule).IsAssignableFrom(t) && !t.IsInterface));

    public static IEnumerable<Assembly> Contracts => All.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal));

    public static TheoryData<string> ModuleNames() => [.. Modules.Select(a => a.GetName().Name!)];

    public static TheoryData<string> ContractNames() => [.. Contracts.Select(a => a.GetName().Name!)];

    public static Assembly Named(string name) => All.Single(a => a.GetName().Name == name);

    /// <summary>
    /// What every module may use. Platform.Plugins (the partner registry and its resilience) belongs here
    /// beside the SDK: modules call partners through it, as they reach the database through the kernel.
    /// </summary>
    public static bool IsSharedFoundation(string name) => name is "Platform.Kernel" or "Platform.GraphQL" or "Platform.Sdk" or "Platform.Plugins";
}
