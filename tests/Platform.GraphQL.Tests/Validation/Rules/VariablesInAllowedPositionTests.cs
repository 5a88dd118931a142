using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>All Variable Usages Are Allowed.</summary>
public sealed class VariablesInAllowedPositionTests
{
    [Fact]
    public void Validate_ListItemVariables_CheckedAgainstItemType() => ShouldReport(
        """
        query Items($a: ID, $b: ID!, $c: Int) {
          patients(ids: [$a, $b, $c]) { id }
        }
        """,
        Error(VariablesInAllowedPosition, "Variable \"$a\" of type \"ID\" used in position expecting type \"ID!\".", (1, 13), (2, 18)),
        Error(VariablesInAllowedPosition, "Variable \"$c\" of type \"Int\" used in position expecting type \"ID!\".", (1, 30), (2, 26)));

    [Fact]
    public void Validate_MatchingTypes_Valid() => ShouldBeValid(
        """
        query Positions($id: ID!, $first: Int, $status: CareStatus!, $ids: [ID!]!, $rows: [[Int!]!]!, $flag: Boolean!) {
          patient(id: $id) { journeys(first: $first, status: $status) { id } }
          patients(ids: $ids) { id }
          matrix(rows: $rows)
          isActive(flag: $flag)
        }
        """);

    [Fact]
    public void Validate_MismatchedTypes_ReportVariableAndUse() => ShouldReport(
        """
        query Positions($id: ID, $flag: Boolean, $ids: [ID], $first: String, $rows: [[Int]]) {
          patient(id: $id) { journeys(first: $first) { id } }
          isActive(flag: $flag)
          patients(ids: $ids) { id }
          matrix(rows: $rows)
        }
        """,
        Error(VariablesInAllowedPosition, "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\".", (1, 17), (2, 15)),
        Error(VariablesInAllowedPosition, "Variable \"$first\" of type \"String\" used in position expecting type \"Int\".", (1, 54), (2, 38)),
        Error(VariablesInAllowedPosition, "Variable \"$flag\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 26), (3, 18)),
        Error(VariablesInAllowedPosition, "Variable \"$ids\" of type \"[ID]\" used in position expecting type \"[ID!]\".", (1, 42), (4, 17)),
        Error(VariablesInAllowedPosition, "Variable \"$rows\" of type \"[[Int]]\" used in position expecting type \"[[Int!]!]\".", (1, 70), (5, 16)));

    [Fact]
    public void Validate_NullDefault_DoesNotMakeNonNull() => ShouldReport(
        """
        query NullDefault($flag: Boolean = null) { isActive(flag: $flag) }
        """,
        Error(VariablesInAllowedPosition, "Variable \"$flag\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 19), (1, 59)));

    [Fact]
    public void Validate_NullableVariableInOneOfField_Reports() => ShouldReport(
        """
        query OneOf($id: ID, $strictId: ID!, $licence: Int) {
          findPatient(by: { id: $id }) { id }
          other: findPatient(by: { id: $strictId }) { id }
          patients(filter: { practitioner: { licence: $licence } }) { id }
        }
        """,
        Error(VariablesInAllowedPosition, "Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"PatientBy\".", (1, 13), (2, 25)),
        Error(VariablesInAllowedPosition, "Variable \"$licence\" is of type \"Int\" but must be non-nullable to be used for OneOf Input Object \"PractitionerRef\".", (1, 38), (4, 47)));

    // graphql-js 16 misses this one: it looks for a OneOf type without unwrapping the argument's non-null.
    [Fact]
    public void Validate_NullableVariableInOneOfUnderNonNullArgument_Reports() => ShouldReport(
        """
        query By($id: ID) { patientBy(by: { id: $id }) { id } }
        """,
        Error(VariablesInAllowedPosition, "Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"PatientBy\".", (1, 10), (1, 41)));

    // IsNonNullPosition (September 2025): a OneOf field is a non-null position, where a nullable
    // variable with a non-null default is allowed; graphql-js 16 rejects it.
    [Fact]
    public void Validate_NullableVariableWithDefaultInOneOfField_Valid() => ShouldBeValid(
        """
        query By($id: ID = "p-1") { findPatient(by: { id: $id }) { id } }
        """);

    [Fact]
    public void Validate_NullableWithDefaults_AllowedInNonNullPosition() => ShouldBeValid(
        """
        query Defaults($id: ID = "p-1", $limit: Int, $amount: Float = 1.5) {
          patient(id: $id) { notes(limit: $limit) { id } }
          dosage(amount: $amount)
        }
        """);

    [Fact]
    public void Validate_UseInFragment_CheckedPerOperation() => ShouldReport(
        """
        query A($status: String, $kind: StepKind) { me { ...Journeys } }
        query B($status: CareStatus, $kind: String) { me { ...Journeys } }
        fragment Journeys on Patient { journeys(status: $status) { steps(kind: $kind) { __typename } } }
        """,
        Error(VariablesInAllowedPosition, "Variable \"$status\" of type \"String\" used in position expecting type \"CareStatus\".", (1, 9), (3, 49)),
        Error(VariablesInAllowedPosition, "Variable \"$kind\" of type \"String\" used in position expecting type \"StepKind\".", (2, 30), (3, 72)));
}
