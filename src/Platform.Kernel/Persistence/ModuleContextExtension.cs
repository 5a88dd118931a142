using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Kernel.Persistence;

/// <summary>Carries a module's schema, the provider and the clock into its context's options.</summary>
internal sealed class ModuleContextExtension(string schema, DatabaseProvider provider, TimeProvider clock) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public string Schema { get; } = schema;

    public DatabaseProvider Provider { get; } = provider;

    public TimeProvider Clock { get; } = clock;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Module={((ModuleContextExtension)Extension).Schema} ";

        // The extension adds no internal services, so it never needs a service provider of its own.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Platform:Module"] = ((ModuleContextExtension)Extension).Schema;
    }
}
