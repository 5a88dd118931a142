using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>All Variables Used, through fragments too.</summary>
public sealed class NoUnusedVariablesTests
{
    [Fact]
    public void Validate_AllUsed_Valid() => ShouldBeValid(
        """
        query Page($id: ID!, $first: Int, $withNotes: Boolean!) @audit(reason: "page") {
          patient(id: $id) @include(if: $withNotes) { ...Journeys }
        }
        fragment Journeys on Patient { journeys(first: $first) { id } }
        """);

    [Fact]
    public void Validate_AnonymousOperation_ReportsWithoutName() => ShouldReport(
        """
        query ($lonely: ID) { me { id } }
        """,
        Error(NoUnusedVariables, "Variable \"$lonely\" is never used.", (1, 8)));

    [Fact]
    public void Validate_UnusedVariables_ReportEach() => ShouldReport(
        """
        query Find($id: ID!, $unused: Int, $alsoUnused: String) { patient(id: $id) { name } }
        """,
        Error(NoUnusedVariables, "Variable \"$unused\" is never used in operation \"Find\".", (1, 22)),
        Error(NoUnusedVariables, "Variable \"$alsoUnused\" is never used in operation \"Find\".", (1, 36)));

    [Fact]
    public void Validate_UsedOnlyByAnotherOperationsFragment_Reports() => ShouldReport(
        """
        query Uses($first: Int) { me { ...Page } }
        query DoesNot($first: Int) { me { id } }
        fragment Page on Patient { journeys(first: $first) { id } }
        """,
        Error(NoUnusedVariables, "Variable \"$first\" is never used in operation \"DoesNot\".", (2, 15)));
}
