using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesTests
{
    [Fact]
    public void Validate_DistinctVariables_Valid() => ShouldBeValid(
        """
        query A($id: ID!, $first: Int) { patient(id: $id) { journeys(first: $first) { id } } }
        query B($id: ID!) { patient(id: $id) { id } }
        """);

    [Fact]
    public void Validate_RepeatedVariable_ReportsAllDefinitions() => ShouldReport(
        """
        query Vars($id: ID!, $first: Int, $id: ID!, $first: Int, $id: String) {
          patient(id: $id) { journeys(first: $first) { id } }
        }
        """,
        Error(UniqueVariableNames, "There can be only one variable named \"$id\".", (1, 13), (1, 36), (1, 59)),
        Error(UniqueVariableNames, "There can be only one variable named \"$first\".", (1, 23), (1, 46)),
        Error(VariablesInAllowedPosition, "Variable \"$id\" of type \"String\" used in position expecting type \"ID!\".", (1, 58), (2, 15)));
}
