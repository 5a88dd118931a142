using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Argument Uniqueness.</summary>
public sealed class UniqueArgumentNamesTests
{
    [Fact]
    public void Validate_DistinctArguments_Valid() => ShouldBeValid(
        """
        query { patient(id: "1") { journeys(first: 1, status: ACTIVE) { id } } me @audit(reason: "r", level: 1) { name } }
        """);

    [Fact]
    public void Validate_RepeatedArguments_ReportAllOccurrences() => ShouldReport(
        """
        query {
          patient(id: "1", id: "2", id: "3") { journeys(first: 1, status: ACTIVE, first: 2) { id } }
          me @audit(reason: "a", reason: "b") { name }
        }
        """,
        Error(UniqueArgumentNames, "There can be only one argument named \"id\".", (2, 11), (2, 20), (2, 29)),
        Error(UniqueArgumentNames, "There can be only one argument named \"first\".", (2, 49), (2, 75)),
        Error(UniqueArgumentNames, "There can be only one argument named \"reason\".", (3, 13), (3, 26)));
}
