using System.Security.Cryptography;

namespace Platform.GraphQL.AspNetCore;

/// <summary>One browser asset of GraphiQL: its bytes, content type, and a content hash for cache busting and ETags.</summary>
internal sealed record GraphiQLAsset(string Name, byte[] Content, string ContentType, string Version);

/// <summary>
/// GraphiQL's browser files, embedded at build time by GraphiQL.targets from the npm packages (see
/// package.json beside this file). They are missing when the build had no Node.js; then
/// <see cref="IsBundled"/> is false and the page explains how to get them.
/// </summary>
internal sealed class GraphiQLAssets
{
    /// <summary>The files the page loads, in order (the UMD builds set the globals the next ones use).</summary>
    public static readonly string[] Scripts = ["react.production.min.js", "react-dom.production.min.js", "graphql-ws.min.js", "graphiql.min.js", "graphiql-setup.js"];

    public const string Stylesheet = "graphiql.min.css";

    private const string ResourcePrefix = "GraphiQL/";
    private readonly Dictionary<string, GraphiQLAsset> _assets;

    private GraphiQLAssets(Dictionary<string, GraphiQLAsset> assets) => _assets = assets;

    public bool IsBundled => Scripts.Append(Stylesheet).All(_assets.ContainsKey);

    public static GraphiQLAssets Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        var assets = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var name = resource[ResourcePrefix.Length..];
            var contentType = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            assets[name] = new GraphiQLAsset(name, content, contentType, Convert.ToHexStringLower(SHA256.HashData(content))[..16]);
        }

        return new GraphiQLAssets(assets);
    }

    public GraphiQLAsset? Find(string name) => _assets.GetValueOrDefault(name);
}
