using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment Spread Type Existence and variable types: every named type exists.</summary>
public sealed class KnownTypeNamesTests
{
    [Fact]
    public void Validate_KnownTypes_Valid() => ShouldBeValid(
        """
        query Known($id: ID!, $filter: PatientFilter, $ids: [ID!]!) {
          patients(filter: $filter, ids: $ids) { ... on Patient { id } ...Bits }
          patient(id: $id) { __typename }
        }
        fragment Bits on Person { name }
        """);

    [Fact]
    public void Validate_UnknownTypeConditions_ReportEach() => ShouldReport(
        """
        query {
          me { ... on Patinet { id } ...Bits }
        }
        fragment Bits on Pracitioner { name }
        """,
        Error(KnownTypeNames, "Unknown type \"Patinet\". Did you mean \"Patient\" or \"PatientBy\"?", (2, 15)),
        Error(KnownTypeNames, "Unknown type \"Pracitioner\". Did you mean \"Practitioner\" or \"PractitionerRef\"?", (4, 18)));

    [Fact]
    public void Validate_UnknownVariableType_ReportsWithSuggestion() => ShouldReport(
        """
        query Find($filter: PatientFiltr, $ids: [Identifier!]) {
          patients(filter: $filter, ids: $ids) { id }
        }
        """,
        Error(KnownTypeNames, "Unknown type \"PatientFiltr\". Did you mean \"PatientFilter\", \"Patient\", or \"PatientBy\"?", (1, 21)),
        Error(KnownTypeNames, "Unknown type \"Identifier\".", (1, 42)));
}
