using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Leaf Field Selections.</summary>
public sealed class ScalarLeafsTests
{
    [Fact]
    public void Validate_CompositeWithoutSelection_Reports() => ShouldReport(
        """
        query {
          me
          patient(id: "1") { journeys careTeam }
          search(text: "x")
        }
        """,
        Error(ScalarLeafs, "Field \"me\" of type \"Person\" must have a selection of subfields. Did you mean \"me { ... }\"?", (2, 3)),
        Error(ScalarLeafs, "Field \"journeys\" of type \"[Journey!]!\" must have a selection of subfields. Did you mean \"journeys { ... }\"?", (3, 22)),
        Error(ScalarLeafs, "Field \"careTeam\" of type \"[Practitioner]\" must have a selection of subfields. Did you mean \"careTeam { ... }\"?", (3, 31)),
        Error(ScalarLeafs, "Field \"search\" of type \"[SearchResult!]!\" must have a selection of subfields. Did you mean \"search { ... }\"?", (4, 3)));

    [Fact]
    public void Validate_LeavesAndSelections_Valid() => ShouldBeValid(
        """
        query {
          patient(id: "1") { name status tags journeys { id steps { __typename } } }
          dosage(amount: 1)
        }
        """);

    [Fact]
    public void Validate_SelectionOnLeaf_Reports() => ShouldReport(
        """
        query {
          patient(id: "1") {
            name { first }
            status { value }
          }
          dosage(amount: 1) { unit }
        }
        """,
        Error(ScalarLeafs, "Field \"name\" must not have a selection since type \"String!\" has no subfields.", (3, 10)),
        Error(ScalarLeafs, "Field \"status\" must not have a selection since type \"CareStatus!\" has no subfields.", (4, 12)),
        Error(ScalarLeafs, "Field \"dosage\" must not have a selection since type \"Float\" has no subfields.", (6, 21)));
}
