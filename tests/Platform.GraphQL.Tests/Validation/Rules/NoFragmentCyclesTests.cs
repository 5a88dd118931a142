using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spreads Must Not Form Cycles.</summary>
public sealed class NoFragmentCyclesTests
{
    [Fact]
    public void Validate_CycleThroughOthers_ReportsPath() => ShouldReport(
        """
        query { me { ...A } }
        fragment A on Person { ...B }
        fragment B on Person { id ... on Patient { careTeam { ...C } } }
        fragment C on Person { ...A }
        """,
        Error(NoFragmentCycles, "Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (2, 24), (3, 55), (4, 24)));

    [Fact]
    public void Validate_FragmentSpreadsItself_Reports() => ShouldReport(
        """
        query { me { ...Self } }
        fragment Self on Person { name ...Self }
        """,
        Error(NoFragmentCycles, "Cannot spread fragment \"Self\" within itself.", (2, 32)));

    [Fact]
    public void Validate_SeveralCycles_ReportsEachOnce() => ShouldReport(
        """
        query { me { ...A } }
        fragment A on Person { ...B ...C }
        fragment B on Person { ...A }
        fragment C on Person { ...A ...C }
        """,
        Error(NoFragmentCycles, "Cannot spread fragment \"A\" within itself via \"B\".", (2, 24), (3, 24)),
        Error(NoFragmentCycles, "Cannot spread fragment \"A\" within itself via \"C\".", (2, 29), (4, 24)),
        Error(NoFragmentCycles, "Cannot spread fragment \"C\" within itself.", (4, 29)));

    [Fact]
    public void Validate_SharedFragmentsWithoutCycle_Valid() => ShouldBeValid(
        """
        query { me { ...A ...B } }
        fragment A on Person { ...C }
        fragment B on Person { ...C }
        fragment C on Person { name }
        """);
}
