using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spread Is Possible.</summary>
public sealed class PossibleFragmentSpreadsTests
{
    [Fact]
    public void Validate_InlineFragmentOfDisjointType_Reports() => ShouldReport(
        """
        query {
          patient(id: "1") { ... on Practitioner { specialty } ... on Step { __typename } }
          search(text: "x") { ... on Assessment { score } }
        }
        """,
        Error(PossibleFragmentSpreads, "Fragment cannot be spread here as objects of type \"Patient\" can never be of type \"Practitioner\".", (2, 22)),
        Error(PossibleFragmentSpreads, "Fragment cannot be spread here as objects of type \"Patient\" can never be of type \"Step\".", (2, 56)),
        Error(PossibleFragmentSpreads, "Fragment cannot be spread here as objects of type \"SearchResult\" can never be of type \"Assessment\".", (3, 23)));

    [Fact]
    public void Validate_NamedFragmentOfDisjointType_Reports() => ShouldReport(
        """
        query {
          journey(id: "j") { ...PersonName ...AppointmentRoom }
        }
        fragment PersonName on Person { name }
        fragment AppointmentRoom on Appointment { room }
        """,
        Error(PossibleFragmentSpreads, "Fragment \"PersonName\" cannot be spread here as objects of type \"Journey\" can never be of type \"Person\".", (2, 22)),
        Error(PossibleFragmentSpreads, "Fragment \"AppointmentRoom\" cannot be spread here as objects of type \"Journey\" can never be of type \"Appointment\".", (2, 36)));

    [Fact]
    public void Validate_OverlappingTypes_Valid() => ShouldBeValid(
        """
        query {
          me { ... on Patient { age } ... on Node { id } ...PatientBits ... on SearchResult { __typename } }
          search(text: "x") { ... on Person { name } ... on Journey { id } }
          node(id: "1") { ... on Timestamped { createdAt } }
        }
        fragment PatientBits on Patient { status }
        """);
}
