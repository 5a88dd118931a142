using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore;

/// <summary>Serves a schema over HTTP.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the <see cref="Schema"/> registered as a singleton in the services at
    /// <paramref name="pattern"/>, following the GraphQL-over-HTTP specification: POST with
    /// application/json, GET for queries, responses in application/graphql-response+json or
    /// application/json. The schema is resolved now, so a schema that cannot be built stops startup.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <see cref="Schema"/> is registered.</exception>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        options ??= new GraphQLHttpOptions();
        var services = endpoints.ServiceProvider;
        var schema = services.GetService<Schema>()
            ?? throw new InvalidOperationException($"MapGraphQL(\"{pattern}\") needs a {typeof(Schema).FullName} registered as a singleton in the services.");
        var expose = options.ExposeExceptionMessages ?? services.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var handler = new GraphQLHttpHandler(
            schema,
            new Executor(new ExecutorOptions { ExposeExceptionMessages = expose }),
            new DocumentCache(options.DocumentCacheCapacity),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.GraphQL.AspNetCore"));
        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
