namespace Platform.Sdk.Tests.Packaging;

/// <summary>The tests that run the .NET CLI: one at a time, so their builds do not compete for the machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CliTests
{
    public const string Name = "Packaging";
}
