using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesTests
{
    [Fact]
    public void Validate_InputTypes_Valid() => ShouldBeValid(
        """
        query Inputs($id: ID!, $status: CareStatus, $filter: PatientFilter, $ids: [ID!]!, $rows: [[Int!]!]) {
          patient(id: $id) { journeys(status: $status) { id } }
          patients(filter: $filter, ids: $ids) { id }
          matrix(rows: $rows)
        }
        """);

    [Fact]
    public void Validate_OutputTypes_ReportEach() => ShouldReport(
        """
        query Outputs($patient: Patient, $steps: [Step!]!, $person: Person!) {
          me { name }
        }
        """,
        Error(VariablesAreInputTypes, "Variable \"$patient\" cannot be non-input type \"Patient\".", (1, 25)),
        Error(VariablesAreInputTypes, "Variable \"$steps\" cannot be non-input type \"[Step!]!\".", (1, 42)),
        Error(VariablesAreInputTypes, "Variable \"$person\" cannot be non-input type \"Person!\".", (1, 61)),
        Error(NoUnusedVariables, "Variable \"$patient\" is never used in operation \"Outputs\".", (1, 15)),
        Error(NoUnusedVariables, "Variable \"$steps\" is never used in operation \"Outputs\".", (1, 34)),
        Error(NoUnusedVariables, "Variable \"$person\" is never used in operation \"Outputs\".", (1, 52)));
}
