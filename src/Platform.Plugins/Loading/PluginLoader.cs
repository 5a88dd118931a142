using System.Reflection;
using Platform.Plugins.Manifest;
using Platform.Sdk;

namespace Platform.Plugins.Loading;

/// <summary>Loads one plugin folder: manifest, SDK range, entry assembly and its dependencies, entry point.</summary>
internal static class PluginLoader
{
    /// <exception cref="PluginLoadException">Anything that keeps the plugin from loading, with the reason.</exception>
    public static async Task<LoadedPlugin> LoadAsync(string directory, TimeSpan constructionTimeout)
    {
        var manifest = PluginManifest.Read(directory);
        var id = manifest.Id;
        var host = SemanticVersion.From(PlatformSdk.Version);
        if (!manifest.Sdk.Includes(host))
        {
            throw new PluginLoadException(id, $"Plugin '{id}' needs SDK {manifest.Sdk} but the host has {host}.");
        }

        var entryPath = Path.Combine(directory, manifest.EntryAssembly);
        if (!File.Exists(entryPath))
        {
            throw new PluginLoadException(id, $"Plugin '{id}': its entry assembly {manifest.EntryAssembly} is not in {directory}.");
        }

        var context = new PluginLoadContext(id, entryPath);
        try
        {
            var assembly = context.LoadEntryAssembly();
            EnsureDependencies(id, context, assembly, []);
            var type = FindEntryPoint(id, assembly);
            var entryPoint = await Task.Run(() => Create(id, type)).WaitAsync(constructionTimeout);
            return new LoadedPlugin(manifest, directory, context, entryPoint);
        }
        catch (Exception e)
        {
            context.Unload();
            throw e switch
            {
                PluginLoadException => e,
                TimeoutException => new PluginLoadException(id, $"Plugin '{id}': its entry point's constructor did not return within {constructionTimeout}.", e),
                BadImageFormatException => new PluginLoadException(id, $"Plugin '{id}': {manifest.EntryAssembly} is not a .NET assembly this host can load ({e.Message}).", e),
                _ => new PluginLoadException(id, $"Plugin '{id}' failed to load: {e.GetType().Name}: {e.Message}", e),
            };
        }
    }

    /// <summary>Loads every assembly the plugin references now, so a missing dependency fails the load rather than a call hours later.</summary>
    private static void EnsureDependencies(string id, PluginLoadContext context, Assembly assembly, HashSet<string> visited)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (!visited.Add(reference.FullName))
            {
                continue;
            }

            Assembly dependency;
            try
            {
                dependency = context.LoadFromAssemblyName(reference);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                var hostSdk = typeof(PlatformSdk).Assembly.GetName().Version;
                throw new PluginLoadException(id, reference.Name == "Platform.Sdk"
                    ? $"Plugin '{id}' was built against Platform.Sdk {reference.Version} but the host has {hostSdk}; rebuild it against this SDK or update the host."
                    : $"Plugin '{id}' needs {reference.Name} {reference.Version}, which is neither in its folder (listed in its .deps.json) nor shared by the host ({e.GetType().Name}).", e);
            }

            if (ReferenceEquals(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(dependency), context))
            {
                EnsureDependencies(id, context, dependency, visited);
            }
        }
    }

    private static Type FindEntryPoint(string id, Assembly assembly)
    {
        var candidates = assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPartnerPlugin).IsAssignableFrom(t)).ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new PluginLoadException(id, $"Plugin '{id}': {assembly.GetName().Name} has no public class implementing {typeof(IPartnerPlugin).FullName}."),
            _ => throw new PluginLoadException(id, $"Plugin '{id}': {assembly.GetName().Name} has {candidates.Count} classes implementing {nameof(IPartnerPlugin)} ({string.Join(", ", candidates.Select(c => c.FullName))}); keep one entry point."),
        };
    }

    private static IPartnerPlugin Create(string id, Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is not { } constructor)
        {
            throw new PluginLoadException(id, $"Plugin '{id}': {type.FullName} needs a public parameterless constructor.");
        }

        try
        {
            return (IPartnerPlugin)constructor.Invoke(null);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            throw new PluginLoadException(id, $"Plugin '{id}': the constructor of {type.FullName} threw {inner.GetType().Name}: {inner.Message}", inner);
        }
    }
}
