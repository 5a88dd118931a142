using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Subscription Single Root Field.</summary>
public sealed class SingleFieldSubscriptionsTests
{
    [Fact]
    public void Validate_ExtraFieldsThroughFragments_ReportsEachOccurrence() => ShouldReport(
        """
        subscription {
          patientAdmitted { id }
          ... on Subscription { journeyUpdated(journeyId: "j") { id } }
          ...More
        }
        fragment More on Subscription { journeyUpdated(journeyId: "j") { status } other: patientAdmitted { id } }
        """,
        Error(SingleFieldSubscriptions, "Anonymous Subscription must select only one top level field.", (3, 25), (6, 33), (6, 75)));

    [Fact]
    public void Validate_IntrospectionRootField_Reports() => ShouldReport(
        """
        subscription Typename { __typename }
        """,
        Error(SingleFieldSubscriptions, "Subscription \"Typename\" must not select an introspection top level field.", (1, 25)));

    [Fact]
    public void Validate_OneRootField_Valid() => ShouldBeValid(
        """
        subscription Admitted { patientAdmitted { id name } }
        """);

    [Fact]
    public void Validate_SameFieldTwiceThroughFragment_Valid() => ShouldBeValid(
        """
        subscription Admitted {
          patientAdmitted { id }
          ...Admission
        }
        fragment Admission on Subscription { patientAdmitted { name } }
        """);

    [Fact]
    public void Validate_SkipBelowRootField_Valid() => ShouldBeValid(
        """
        subscription Admitted($withName: Boolean!) {
          patientAdmitted { id name @include(if: $withName) }
        }
        """);

    // September 2025 edition (graphql-js 17's wording): which root field is selected must not
    // depend on variables. graphql-js 16 throws on this document instead of reporting it.
    [Fact]
    public void Validate_SkipOrIncludeInRootSelection_ReportsDirectives() => ShouldReport(
        """
        subscription Conditional($admitted: Boolean!) {
          patientAdmitted @include(if: $admitted) { id }
          ...Journeys @skip(if: $admitted)
        }
        fragment Journeys on Subscription { journeyUpdated(journeyId: "j") @skip(if: false) { id } }
        """,
        Error(SingleFieldSubscriptions, "Subscription \"Conditional\" must not use `@skip` or `@include` directives in the top level selection.", (2, 19), (3, 15), (5, 68)));

    [Fact]
    public void Validate_TwoRootFields_ReportsExtraFields() => ShouldReport(
        """
        subscription Updates {
          journeyUpdated(journeyId: "j-1") { id }
          patientAdmitted { id }
        }
        """,
        Error(SingleFieldSubscriptions, "Subscription \"Updates\" must select only one top level field.", (3, 3)));
}
