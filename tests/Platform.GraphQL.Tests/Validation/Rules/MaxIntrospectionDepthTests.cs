using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>graphql-js's introspection depth limit.</summary>
public sealed class MaxIntrospectionDepthTests
{
    [Fact]
    public void Validate_DepthThroughFragments_Reports() => ShouldBeValid(
        """
        query {
          __schema { types { ...Fields } }
        }
        fragment Fields on __Type { fields { type { ...Inputs } } }
        fragment Inputs on __Type { inputFields { name } }
        """);

    [Fact]
    public void Validate_RecursiveFragmentInIntrospection_TerminatesAndReports() => ShouldReport(
        """
        query {
          __schema { types { ...Recursive } }
        }
        fragment Recursive on __Type { name ofType { ...Recursive } fields { type { ...Recursive } } }
        """,
        Error(MaxIntrospectionDepth, "Maximum introspection depth exceeded", (2, 3)),
        Error(NoFragmentCycles, "Cannot spread fragment \"Recursive\" within itself.", (4, 77)),
        Error(NoFragmentCycles, "Cannot spread fragment \"Recursive\" within itself.", (4, 46)));

    [Fact]
    public void Validate_ShallowIntrospection_Valid() => ShouldBeValid(
        """
        query {
          __schema { types { fields { type { name } } interfaces { name } possibleTypes { name } inputFields { name } } }
          __type(name: "Patient") { fields { type { fields { name } } } }
        }
        """);

    [Fact]
    public void Validate_ThreeNestedLists_Reports() => ShouldReport(
        """
        query {
          __type(name: "Patient") {
            fields { type { interfaces { possibleTypes { name } } } }
          }
        }
        """,
        Error(MaxIntrospectionDepth, "Maximum introspection depth exceeded", (2, 3)));
}
