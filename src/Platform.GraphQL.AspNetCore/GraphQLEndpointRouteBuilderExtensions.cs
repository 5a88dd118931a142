using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore.Subscriptions;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Protection;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.AspNetCore;

/// <summary>Serves a schema over HTTP.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the <see cref="Schema"/> registered as a singleton in the services at
    /// <paramref name="pattern"/>, following the GraphQL-over-HTTP specification: POST with
    /// application/json, GET for queries, responses in application/graphql-response+json or
    /// application/json. The schema is resolved now, so a schema that cannot be built stops startup.
    /// Every request is held to the limits of <paramref name="options"/> before it executes.
    /// Where introspection is allowed, <c>{pattern}/schema.graphql</c> serves the schema as SDL;
    /// where <see cref="GraphQLHttpOptions.GraphiQL"/> is on, a browser visiting gets GraphiQL.
    /// WebSocket upgrades speak graphql-transport-ws (the host must <c>UseWebSockets()</c>), and
    /// requests accepting <c>text/event-stream</c> get Server-Sent Events (see <see cref="StreamTransports"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">No <see cref="Schema"/> is registered, or a limit is out of range.</exception>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        options ??= new GraphQLHttpOptions();
        var services = endpoints.ServiceProvider;
        var schema = services.GetService<Schema>()
            ?? throw new InvalidOperationException($"MapGraphQL(\"{pattern}\") needs a {typeof(Schema).FullName} registered as a singleton in the services.");
        var isDevelopment = services.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var executorOptions = new ExecutorOptions
        {
            ExposeExceptionMessages = options.ExposeExceptionMessages ?? isDevelopment,
            UnexpectedErrorCode = GraphQLHttpErrorCodes.InternalServerError,
        };
        var limits = new OperationLimits
        {
            MaxDepth = options.MaxDepth,
            MaxAliases = options.MaxAliases,
            MaxCost = options.MaxCost,
            DefaultListSize = options.DefaultListSize,
            DefaultFieldCost = options.DefaultFieldCost,
            FieldWeights = options.FieldWeights,
            AllowIntrospection = options.AllowIntrospection ?? isDevelopment,
        };
        if (options.ExecutionTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"GraphQL ExecutionTimeout must be positive, not {options.ExecutionTimeout}.");
        }

        if (options.RateLimitPermits < 0 || (options.RateLimitPermits > 0 && options.RateLimitWindow <= TimeSpan.Zero))
        {
            throw new InvalidOperationException(
                $"GraphQL RateLimitPermits must be 0 (off) or positive with a positive RateLimitWindow; got {options.RateLimitPermits} per {options.RateLimitWindow}.");
        }

        var executor = new Executor(executorOptions);
        var documents = new DocumentCache(options.DocumentCacheCapacity, new ParserOptions { MaxTokens = options.MaxTokens, MaxDocumentLength = options.MaxDocumentLength });
        var validator = new DocumentValidator(schema, new ValidationOptions { MaxErrors = options.MaxValidationErrors });
        var analyzer = new OperationAnalyzer(schema, limits);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.GraphQL.AspNetCore");
        var trusted = TrustedDocuments.Create(options.TrustedDocuments, services.GetRequiredService<IHostEnvironment>().ContentRootPath, isDevelopment, logger);
        services.GetService<IHostApplicationLifetime>()?.ApplicationStopping.Register(trusted.Dispose);
        var rateLimiter = ClientRateLimiter.Create(options);
        var handler = new GraphQLHttpHandler(schema, executor, documents, validator, analyzer, options, rateLimiter, trusted, logger);
        var streams = StreamTransports.Create(new OperationPipeline(schema, executor, documents, validator, analyzer, options, rateLimiter, trusted, logger), options.WebSockets, logger);
        if (limits.AllowIntrospection)
        {
            SchemaDocumentEndpoint.Map(endpoints, pattern, schema);
        }

        RequestDelegate serve = context => streams.TryHandleAsync(context) ?? handler.HandleAsync(context);
        if (options.GraphiQL ?? isDevelopment)
        {
            serve = new GraphiQLEndpoint(pattern, GraphiQLAssets.Load()).Map(endpoints, serve);
        }

        return endpoints.Map(pattern, serve).WithDisplayName("GraphQL " + pattern);
    }
}
