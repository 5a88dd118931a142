using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Field Selections, with graphql-js's suggestions of types and fields.</summary>
public sealed class FieldsOnCorrectTypeTests
{
    [Fact]
    public void Validate_DefinedAndMetaFields_Valid() => ShouldBeValid(
        """
        query {
          __typename
          __schema { queryType { name } }
          __type(name: "Patient") { name }
          me { __typename name ... on Patient { age } }
          search(text: "x") { __typename ... on Journey { status } }
        }
        """);

    [Fact]
    public void Validate_FieldOfImplementations_SuggestsTypes() => ShouldReport(
        """
        query {
          me { age specialty }
          node(id: "1") { name }
        }
        """,
        Error(FieldsOnCorrectType, "Cannot query field \"age\" on type \"Person\". Did you mean to use an inline fragment on \"Patient\" or \"Practitioner\"?", (2, 8)),
        Error(FieldsOnCorrectType, "Cannot query field \"specialty\" on type \"Person\". Did you mean to use an inline fragment on \"Practitioner\"?", (2, 12)),
        Error(FieldsOnCorrectType, "Cannot query field \"name\" on type \"Node\". Did you mean to use an inline fragment on \"Person\", \"Patient\", or \"Practitioner\"?", (3, 19)));

    [Fact]
    public void Validate_FieldOnUnion_SuggestsMembers() => ShouldReport(
        """
        query {
          search(text: "x") { id name status }
          journey(id: "j") { steps { score id } }
        }
        """,
        Error(FieldsOnCorrectType, "Cannot query field \"id\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Node\", \"Person\", \"Journey\", \"Patient\", or \"Practitioner\"?", (2, 23)),
        Error(FieldsOnCorrectType, "Cannot query field \"name\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Person\", \"Patient\", or \"Practitioner\"?", (2, 26)),
        Error(FieldsOnCorrectType, "Cannot query field \"status\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Journey\" or \"Patient\"?", (2, 31)),
        Error(FieldsOnCorrectType, "Cannot query field \"score\" on type \"Step\". Did you mean to use an inline fragment on \"Assessment\"?", (3, 30)),
        Error(FieldsOnCorrectType, "Cannot query field \"id\" on type \"Step\". Did you mean to use an inline fragment on \"Appointment\" or \"Assessment\"?", (3, 36)));

    [Fact]
    public void Validate_MetaFieldsOffQueryRoot_Reports() => ShouldReport(
        """
        query {
          me { __schema { queryType { name } } __type(name: "Patient") { name } }
        }
        """,
        Error(FieldsOnCorrectType, "Cannot query field \"__schema\" on type \"Person\".", (2, 8)),
        Error(FieldsOnCorrectType, "Cannot query field \"__type\" on type \"Person\".", (2, 40)));

    [Fact]
    public void Validate_NoCloseName_ReportsWithoutSuggestion() => ShouldReport(
        """
        query { patient(id: "1") { wardRoomNumber } }
        """,
        Error(FieldsOnCorrectType, "Cannot query field \"wardRoomNumber\" on type \"Patient\".", (1, 28)));

    [Fact]
    public void Validate_TypoOnObject_SuggestsFields() => ShouldReport(
        """
        query {
          patient(id: "1") { nmae jouneys { id } }
        }
        """,
        Error(FieldsOnCorrectType, "Cannot query field \"nmae\" on type \"Patient\". Did you mean \"name\"?", (2, 22)),
        Error(FieldsOnCorrectType, "Cannot query field \"jouneys\" on type \"Patient\". Did you mean \"journeys\"?", (2, 27)));
}
