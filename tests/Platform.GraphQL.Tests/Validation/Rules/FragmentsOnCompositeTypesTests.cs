using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesTests
{
    [Fact]
    public void Validate_FragmentOnEnumAndInput_Reports() => ShouldReport(
        """
        query { me { ...Status ...Filter } }
        fragment Status on CareStatus { name }
        fragment Filter on PatientFilter { status }
        """,
        Error(FragmentsOnCompositeTypes, "Fragment \"Status\" cannot condition on non composite type \"CareStatus\".", (2, 20)),
        Error(FragmentsOnCompositeTypes, "Fragment \"Filter\" cannot condition on non composite type \"PatientFilter\".", (3, 20)));

    [Fact]
    public void Validate_InlineFragmentOnScalar_Reports() => ShouldReport(
        """
        query { me { ... on String { length } } }
        """,
        Error(FragmentsOnCompositeTypes, "Fragment cannot condition on non composite type \"String\".", (1, 21)));

    [Fact]
    public void Validate_ObjectInterfaceUnionConditions_Valid() => ShouldBeValid(
        """
        query {
          search(text: "a") { ... on Patient { id } ... on Person { name } ... on SearchResult { __typename } ...JourneyId }
        }
        fragment JourneyId on Journey { id }
        """);
}
