using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>All Variable Uses Defined, through fragments too.</summary>
public sealed class NoUndefinedVariablesTests
{
    [Fact]
    public void Validate_AllDefined_Valid() => ShouldBeValid(
        """
        query Page($id: ID!, $first: Int, $cursor: String) {
          patient(id: $id) { ...Journeys }
        }
        fragment Journeys on Patient { journeys(first: $first, after: $cursor) { id } }
        """);

    [Fact]
    public void Validate_AnonymousOperation_ReportsWithoutName() => ShouldReport(
        """
        { patient(id: $id) { id } isActive(flag: $flag) }
        """,
        Error(NoUndefinedVariables, "Variable \"$id\" is not defined.", (1, 15), (1, 1)),
        Error(NoUndefinedVariables, "Variable \"$flag\" is not defined.", (1, 42), (1, 1)));

    [Fact]
    public void Validate_UndefinedInFragment_ReportsForEachOperation() => ShouldReport(
        """
        query First($first: Int) { me { ...Page } }
        query Second { me { ...Page } }
        fragment Page on Patient { journeys(first: $first) { id } }
        """,
        Error(NoUndefinedVariables, "Variable \"$first\" is not defined by operation \"Second\".", (3, 44), (2, 1)));

    [Fact]
    public void Validate_UndefinedInOperation_ReportsWithOperation() => ShouldReport(
        """
        query Find($id: ID!) {
          patient(id: $id) { id }
          other: patient(id: $otherId) { id }
        }
        """,
        Error(NoUndefinedVariables, "Variable \"$otherId\" is not defined by operation \"Find\".", (3, 22), (1, 1)));
}
