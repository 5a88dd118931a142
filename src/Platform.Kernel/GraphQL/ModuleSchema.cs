using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;
using Platform.Kernel.Modules;

namespace Platform.Kernel.GraphQL;

/// <summary>
/// The one GraphQL schema of the host, assembled from what every module contributed: code-first
/// fields and types, and the node types behind <c>node(id:)</c> (added only when a module registers one).
/// </summary>
internal static class ModuleSchema
{
    public static Schema Assemble(ModuleCatalog catalog)
    {
        var contributors = catalog.Modules.Where(m => m.GraphQLContributions.Count > 0).Select(m => m.Name).ToList();
        if (contributors.Count == 0)
        {
            throw new InvalidOperationException(
                "No module contributes to the GraphQL schema, so there is no Query type to serve: call builder.AddGraphQL(...) in a module's Register.");
        }

        var schema = new CodeFirstSchema();
        foreach (var module in catalog.Modules)
        {
            foreach (var contribute in module.GraphQLContributions)
            {
                contribute(schema);
            }
        }

        var nodeTypes = new NodeTypes();
        var hasNodeTypes = false;
        foreach (var register in catalog.Modules.SelectMany(m => m.NodeTypeContributions))
        {
            register(nodeTypes);
            hasNodeTypes = true;
        }

        try
        {
            var builder = schema.AddTo(new SchemaBuilder());
            if (hasNodeTypes)
            {
                nodeTypes.AddTo(builder);
            }

            return builder.Build();
        }
        catch (SchemaValidationException ex)
        {
            // Which modules took part is the first thing whoever broke it needs to know.
            throw new InvalidOperationException(
                $"The GraphQL schema could not be assembled from the contributions of the modules {string.Join(", ", contributors)}: {ex.Message}", ex);
        }
    }
}
