using System.Reflection;
using System.Runtime.Loader;

namespace Platform.Plugins.Loading;

/// <summary>
/// One plugin's collectible load context. Its dependencies resolve through the entry assembly's
/// .deps.json (AssemblyDependencyResolver), so private versions and native libraries come from the
/// plugin's folder; shared assemblies and the framework fall through to the host's (default) context.
/// </summary>
/// <remarks>
/// Managed assemblies are read into memory rather than mapped from their files, so a plugin folder
/// can be rebuilt or replaced while the old version is still loaded, and reloaded afterwards.
/// </remarks>
internal sealed class PluginLoadContext(string pluginId, string entryAssemblyPath)
    : AssemblyLoadContext($"plugin:{pluginId}", isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(entryAssemblyPath);

    public Assembly LoadEntryAssembly() => LoadFromFileInMemory(entryAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (SharedAssemblies.IsShared(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromFileInMemory(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private Assembly LoadFromFileInMemory(string path)
    {
        using var assembly = new MemoryStream(File.ReadAllBytes(path));
        var pdbPath = Path.ChangeExtension(path, ".pdb");
        using var pdb = File.Exists(pdbPath) ? new MemoryStream(File.ReadAllBytes(pdbPath)) : null;
        return LoadFromStream(assembly, pdb);
    }
}
