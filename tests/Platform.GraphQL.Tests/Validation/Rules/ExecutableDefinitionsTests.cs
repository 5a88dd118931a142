using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Executable Definitions: only operations and fragments may be sent for execution.</summary>
public sealed class ExecutableDefinitionsTests
{
    [Fact]
    public void Validate_OperationsAndFragmentsOnly_Valid() => ShouldBeValid(
        """
        query Me { me { ...Name } }
        fragment Name on Person { name }
        """);

    [Fact]
    public void Validate_SchemaAndExtensions_ReportsEach() => ShouldReport(
        """
        { me { name } }
        schema { query: Query }
        extend schema { mutation: Mutation }
        extend type Patient { ward: String }
        directive @internal on FIELD
        input Filter { a: Int }
        """,
        Error(ExecutableDefinitions, "The schema definition is not executable.", (2, 1)),
        Error(ExecutableDefinitions, "The schema definition is not executable.", (3, 1)),
        Error(ExecutableDefinitions, "The \"Patient\" definition is not executable.", (4, 1)),
        Error(ExecutableDefinitions, "The \"internal\" definition is not executable.", (5, 1)),
        Error(ExecutableDefinitions, "The \"Filter\" definition is not executable.", (6, 1)));

    [Fact]
    public void Validate_TypeDefinition_ReportsNotExecutable() => ShouldReport(
        """
        query Me { me { name } }
        type Ward { name: String }
        """,
        Error(ExecutableDefinitions, "The \"Ward\" definition is not executable.", (2, 1)));
}
