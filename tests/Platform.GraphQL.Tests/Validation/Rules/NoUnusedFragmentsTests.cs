using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Fragments Must Be Used.</summary>
public sealed class NoUnusedFragmentsTests
{
    [Fact]
    public void Validate_FragmentUsedByAnotherOperation_Valid() => ShouldBeValid(
        """
        query First { me { id } }
        query Second { me { ...Name } }
        fragment Name on Person { name }
        """);

    [Fact]
    public void Validate_FragmentsUsedTransitively_Valid() => ShouldBeValid(
        """
        query { me { ...Outer } }
        fragment Outer on Person { ...Inner }
        fragment Inner on Person { name }
        """);

    [Fact]
    public void Validate_UnusedFragments_ReportEach() => ShouldReport(
        """
        query { me { ...Used } }
        fragment Used on Person { name }
        fragment Unused on Person { birthDate ...OnlyUsedByUnused }
        fragment OnlyUsedByUnused on Patient { age }
        """,
        Error(NoUnusedFragments, "Fragment \"Unused\" is never used.", (3, 1)),
        Error(NoUnusedFragments, "Fragment \"OnlyUsedByUnused\" is never used.", (4, 1)));
}
