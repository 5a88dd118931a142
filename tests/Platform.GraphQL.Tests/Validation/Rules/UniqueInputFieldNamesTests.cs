using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesTests
{
    [Fact]
    public void Validate_DistinctFields_Valid() => ShouldBeValid(
        """
        query { patients(filter: { status: ACTIVE, minAge: 3, practitioner: { id: "1" } }) { id } }
        """);

    [Fact]
    public void Validate_RepeatedFields_ReportAgainstFirst() => ShouldReport(
        """
        query {
          patients(filter: { status: ACTIVE, status: REFERRED, practitioner: { id: "1", id: "2" }, status: ON_HOLD }) { id }
        }
        """,
        Error(UniqueInputFieldNames, "There can be only one input field named \"status\".", (2, 22), (2, 38)),
        Error(UniqueInputFieldNames, "There can be only one input field named \"id\".", (2, 72), (2, 81)),
        Error(UniqueInputFieldNames, "There can be only one input field named \"status\".", (2, 22), (2, 92)));
}
