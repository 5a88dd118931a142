using MediatR;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Architecture.Tests;

/// <summary>The house rules of ARCHITECTURE.md, held by reflection over the built assemblies.</summary>
public sealed class ModuleRulesTests
{
    [Fact]
    public void Solution_HasModulesToCheck()
    {
        Solution.ModuleNames().Count.ShouldBeGreaterThanOrEqualTo(2);
        Solution.ContractNames().Count.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [MemberData(nameof(Solution.ModuleNames), MemberType = typeof(Solution))]
    public void Module_ReferencesOnlyTheFoundationAndOtherModulesContracts(string module) =>
        ModuleImplementationsReferencedBy(module).ShouldBeEmpty($"{module} may reference the kernel, the GraphQL engine, the SDK and *.Contracts only");

    [Theory]
    [MemberData(nameof(Solution.ContractNames), MemberType = typeof(Solution))]
    public void Contracts_ReferenceNoModuleImplementation(string contracts) =>
        ModuleImplementationsReferencedBy(contracts).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(Solution.ModuleNames), MemberType = typeof(Solution))]
    public void Module_ExposesOnlyItsEntryPoint(string module)
    {
        var exposed = Solution.Named(module).GetExportedTypes().Where(t => !typeof(IModule).IsAssignableFrom(t));

        exposed.Select(t => t.FullName).ShouldBeEmpty($"{module} keeps everything but its IModule internal; other modules use its Contracts");
    }

    [Theory]
    [MemberData(nameof(Solution.ModuleNames), MemberType = typeof(Solution))]
    public void Module_HandlersValidatorsAndContextsAreInternalAndSealed(string module)
    {
        var parts = Solution.Named(module).GetTypes().Where(t => t.IsClass && !t.IsAbstract && (Implements(t, typeof(IRequestHandler<,>)) || Implements(t, typeof(INotificationHandler<>)) || Implements(t, typeof(IValidator<>)) || typeof(ModuleDbContext).IsAssignableFrom(t)));

        parts.ShouldNotBeEmpty();
        parts.Where(t => t.IsPublic || !t.IsSealed).Select(t => t.FullName).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Solution.ModuleNames), MemberType = typeof(Solution))]
    public void Module_OwnsAtMostOneContext_WhoseEntitiesAreItsOwn(string module)
    {
        var assembly = Solution.Named(module);
        var contexts = assembly.GetTypes().Where(t => typeof(ModuleDbContext).IsAssignableFrom(t)).ToList();

        contexts.Count.ShouldBeLessThanOrEqualTo(1);
        var foreign = contexts
            .SelectMany(c => c.GetProperties())
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .Where(e => e.Assembly != assembly && e.Assembly != typeof(ModuleDbContext).Assembly);
        foreign.ShouldBeEmpty("a module maps only its own tables");
    }

    [Fact]
    public void EveryRequest_DeclaresWhoMaySendIt()
    {
        var requests = Solution.All
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));

        var undeclared = requests.Where(t =>
            !Attribute.IsDefined(t, typeof(RequiresRoleAttribute)) && !Attribute.IsDefined(t, typeof(PublicRequestAttribute)));

        requests.ShouldNotBeEmpty();
        undeclared.Select(t => t.FullName).ShouldBeEmpty("every request needs [RequiresRole] or [PublicRequest]; the pipeline refuses the rest");
    }

    [Fact]
    public void EveryContractRequest_HasExactlyOneHandler()
    {
        var handled = Solution.All
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .GroupBy(i => i.GetGenericArguments()[0])
            .ToDictionary(g => g.Key, g => g.Count());
        var requests = Solution.Contracts
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));

        requests.Where(r => handled.GetValueOrDefault(r) != 1).Select(r => $"{r.Name}: {handled.GetValueOrDefault(r)} handlers").ShouldBeEmpty();
    }

    [Fact]
    public void Kernel_DependsOnNoModule()
    {
        // The GraphQL engine is the one exception: modules contribute their schema through the kernel.
        Solution.Named("Platform.Kernel").GetReferencedAssemblies()
            .Where(r => r.Name!.StartsWith("Platform.", StringComparison.Ordinal) && r.Name != "Platform.GraphQL")
            .ShouldBeEmpty();
    }

    private static IEnumerable<string> ModuleImplementationsReferencedBy(string assembly) =>
        Solution.Named(assembly).GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("Platform.", StringComparison.Ordinal) && !Solution.IsSharedFoundation(n) && !n.EndsWith(".Contracts", StringComparison.Ordinal));

    private static bool Implements(Type type, Type openGeneric) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);
}
