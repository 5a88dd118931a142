namespace Platform.Patients.Tests.Infrastructure;

/// <summary>PostgreSQL test classes run one after another: each creates databases on the one test server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServer
{
    public const string Name = "PostgreSQL";
}
