using System.Reflection;

namespace Platform.Sdk.Tests.Packaging;

/// <summary>The repository's files the packaging tests work on, and the local feed build/pack.sh fills.</summary>
public static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Feed => Path.Combine(Root, "build", "artifacts", "packages");

    /// <summary>A package in the local feed; fails the test with what to run when it is missing.</summary>
    public static string Package(string id, string version = "1.0.0")
    {
        var path = Path.Combine(Feed, $"{id}.{version}.nupkg");
        return File.Exists(path) ? path
            : throw new InvalidOperationException($"{id} {version} is not in {Feed}; run build/pack.sh first (build/test.sh does).");
    }

    /// <summary>A NuGet.config for a folder outside the repository: nuget.org for everything, the local feed for the SDK packages (as the repository's own).</summary>
    public static void WriteNuGetConfig(string folder) => File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
            <add key="platform" value="{Feed}" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="platform"><package pattern="Platform.Sdk" /><package pattern="Platform.Sdk.*" /></packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """);
}
