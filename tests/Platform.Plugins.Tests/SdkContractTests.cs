using System.Reflection;
using Platform.Plugins.Resilience;
using Platform.Sdk;

namespace Platform.Plugins.Tests;

/// <summary>The rules the host's resilience relies on, held over every capability contract in the SDK.</summary>
public sealed class SdkContractTests
{
    /// <summary>The methods that only read. Every other method writes and must take an <see cref="IdempotencyKey"/>; a new method that takes none must be added here on purpose.</summary>
    private static readonly string[] _reads =
    [
        "IPartnerCapability.CheckHealthAsync",
        "IInsurer.CheckEligibilityAsync", "IInsurer.InquirePriorAuthorizationAsync", "IInsurer.GetClaimStatusAsync",
        "IGroundTransport.QuoteAsync", "IGroundTransport.GetTripStatusAsync",
        "IInterpreterAgency.GetInterpreterBookingAsync", "IInterpreterAgency.GetTranslationAsync",
        "IClinicalTrialRegistry.SearchAsync", "IClinicalTrialRegistry.GetStudyAsync",
    ];

    public static TheoryData<string> Capabilities() => [.. PartnerCapabilities.Contracts.Keys];

    [Theory]
    [MemberData(nameof(Capabilities))]
    public void Contract_EveryMethod_ReturnsAPartnerResultAndTakesACancellationTokenLast(string capability)
    {
        var contract = PartnerCapabilities.Contracts[capability];

        contract.GetCustomAttribute<PartnerCapabilityAttribute>()!.Name.ShouldBe(capability);
        typeof(IPartnerCapability).IsAssignableFrom(contract).ShouldBeTrue();
        foreach (var method in Methods(contract))
        {
            (CallShape.ResultType(method) is not null || method.ReturnType == typeof(Task<PartnerHealth>)).ShouldBeTrue($"{method.Name} returns Task<PartnerResult<T>>");
            method.GetParameters()[^1].ParameterType.ShouldBe(typeof(CancellationToken), $"{method.Name} takes a CancellationToken last");
        }
    }

    [Fact]
    public void Contracts_MethodsWithoutIdempotencyKey_AreExactlyTheKnownReads()
    {
        var unkeyed = PartnerCapabilities.Contracts.Values.SelectMany(Methods)
            .Where(m => m.GetParameters().All(p => p.ParameterType != typeof(IdempotencyKey)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Distinct();

        unkeyed.Order().ShouldBe(_reads.Order());
    }

    [Fact]
    public void Sdk_ReferencesOnlyTheFrameworkAndMicrosoftExtensionsAbstractions()
    {
        var references = typeof(IPartnerPlugin).Assembly.GetReferencedAssemblies().Select(r => r.Name!);

        references.Where(r => !r.StartsWith("System", StringComparison.Ordinal) && r != "netstandard")
            .ShouldAllBe(r => r.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && r.EndsWith(".Abstractions", StringComparison.Ordinal));
        PlatformSdk.Version.ShouldBe(new Version(1, 1, 0));
    }

    private static IEnumerable<MethodInfo> Methods(Type contract) =>
        contract.GetMethods().Concat(contract.GetInterfaces().SelectMany(i => i.GetMethods()));
}
