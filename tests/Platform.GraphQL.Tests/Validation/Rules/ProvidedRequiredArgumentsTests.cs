using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Required Arguments, on fields and directives.</summary>
public sealed class ProvidedRequiredArgumentsTests
{
    [Fact]
    public void Validate_MissingDirectiveArguments_Report() => ShouldReport(
        """
        query @audit {
          me { name @skip @include(if: true) }
        }
        """,
        Error(ProvidedRequiredArguments, "Directive \"@audit\" argument \"reason\" of type \"String!\" is required, but it was not provided.", (1, 7)),
        Error(ProvidedRequiredArguments, "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 13)));

    [Fact]
    public void Validate_MissingFieldArguments_Report() => ShouldReport(
        """
        query {
          patient { name }
          search(limit: 3) { __typename }
          dosage
        }
        """,
        Error(ProvidedRequiredArguments, "Field \"patient\" argument \"id\" of type \"ID!\" is required, but it was not provided.", (2, 3)),
        Error(ProvidedRequiredArguments, "Field \"search\" argument \"text\" of type \"String!\" is required, but it was not provided.", (3, 3)),
        Error(ProvidedRequiredArguments, "Field \"dosage\" argument \"amount\" of type \"Float!\" is required, but it was not provided.", (4, 3)));

    [Fact]
    public void Validate_RequiredGivenOrDefaulted_Valid() => ShouldBeValid(
        """
        query {
          patient(id: "1") { notes { id } journeys { id } }
          search(text: "x") { __typename }
          me @audit(reason: "r") { name @include(if: true) }
        }
        """);
}
