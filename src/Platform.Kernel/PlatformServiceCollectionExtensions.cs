using System.Reflection;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Kernel.Events;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Messaging.Behaviors;
using Platform.Kernel.Modules;
using Platform.Kernel.Outbox;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Time;
using Platform.Kernel.Validation;

namespace Platform.Kernel;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// Composes the platform from its modules: registers each module, scans its assembly for
    /// handlers and validators, and wires MediatR with the pipeline in this order:
    /// audit, authorization, validation, unit of work, handler.
    /// </summary>
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, params IModule[] modules)
    {
        var duplicate = modules.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named '{duplicate.Key}'; module names must be unique because they name database schemas.");
        }

        // The system clock, replayable so stories (the demo center) can be told through the real commands at past dates.
        services.TryAddSingleton<TimeProvider>(new ReplayClock(TimeProvider.System));
        services.TryAddSingleton(environment);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton<DatabaseConfigurator>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        // TryAdd: a backplane registered before AddPlatform replaces the in-process stream.
        services.AddOptions<EventBrokerOptions>().Bind(configuration.GetSection(EventBrokerOptions.SectionName));
        services.TryAddSingleton<IEventBroker, InProcessEventBroker>();
        services.AddScoped(typeof(INotificationHandler<>), typeof(EventBrokerForwarder<>));
        services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: ["ready"]);

        ScanHandlers(services, typeof(PlatformServiceCollectionExtensions).Assembly);
        List<ModuleDescriptor> descriptors = [];
        foreach (var module in modules)
        {
            var builder = new ModuleBuilder(module, services, configuration, environment);
            module.Register(builder);
            var assembly = module.GetType().Assembly;
            ScanHandlers(services, assembly);
            descriptors.Add(new ModuleDescriptor(module, assembly, builder.DbContextType, HandledRequests(assembly)) { GraphQLContributions = builder.GraphQLContributions, NodeTypeContributions = builder.NodeTypeContributions });
        }

        services.AddSingleton(new ModuleCatalog(descriptors));
        services.AddSingleton(sp => ModuleSchema.Assemble(sp.GetRequiredService<ModuleCatalog>()));
        return services;
    }

    private static void ScanHandlers(IServiceCollection services, Assembly assembly) =>
        services.Scan(scan => scan.FromAssemblies(assembly)
            // Open generic handlers (the event broker's forwarder) are registered once, by hand, not per scanned assembly.
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)).Where(t => !t.IsGenericTypeDefinition), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

    private static List<Type> HandledRequests(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();
}
