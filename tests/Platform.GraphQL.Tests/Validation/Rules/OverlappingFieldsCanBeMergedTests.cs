using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Field Selection Merging.</summary>
public sealed partial class OverlappingFieldsCanBeMergedTests
{
    [Fact]
    public void Validate_ConflictBetweenFragments_Reports() => ShouldReport(
        """
        query {
          me { ...NameAsId ...NameAsBirth }
        }
        fragment NameAsId on Person { name: id }
        fragment NameAsBirth on Person { name: birthDate }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"name\" conflict because \"id\" and \"birthDate\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 31), (5, 34)));

    [Fact]
    public void Validate_ConflictInSubselections_ReportsParentsAndSubfields() => ShouldReport(
        """
        query {
          patient(id: "1") {
            primaryPractitioner { id name: specialty }
            primaryPractitioner { id name }
          }
        }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"primaryPractitioner\" conflict because subfields \"name\" conflict because \"specialty\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (3, 30), (4, 5), (4, 30)));

    [Fact]
    public void Validate_ConflictThroughNestedFragments_Reports() => ShouldReport(
        """
        query {
          me { name ...Outer }
        }
        fragment Outer on Person { ...Inner }
        fragment Inner on Person { name: birthDate }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"name\" conflict because \"name\" and \"birthDate\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 8), (5, 28)));

    [Fact]
    public void Validate_ConflictWithFragment_Reports() => ShouldReport(
        """
        query {
          me { ...NameAsId name }
          patient(id: "1") { ...Status status: age }
        }
        fragment NameAsId on Person { name: id }
        fragment Status on Patient { status }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"name\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 20), (5, 31)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"status\" conflict because \"age\" and \"status\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 32), (6, 30)));

    [Fact]
    public void Validate_ConflictingReturnTypes_ReportsEvenOnExclusiveTypes() => ShouldReport(
        """
        query {
          me {
            ... on Patient { age }
            ... on Practitioner { age }
          }
          search(text: "x") {
            ... on Patient { status }
            ... on Practitioner { status: specialty }
            ... on Patient { list: tags }
            ... on Practitioner { list: name }
          }
        }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"age\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (3, 22), (4, 27)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"status\" conflict because they return conflicting types \"CareStatus!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (7, 22), (8, 27)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"list\" conflict because they return conflicting types \"[String!]!\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (9, 22), (10, 27)));

    [Fact]
    public void Validate_DeeplyNestedConflict_ReportsPathOfSubfields() => ShouldReport(
        """
        query {
          journey(id: "j") { patient { primaryPractitioner { label: name } } }
          journey(id: "j") { patient { primaryPractitioner { label: specialty } } }
        }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"journey\" conflict because subfields \"patient\" conflict because subfields \"primaryPractitioner\" conflict because subfields \"label\" conflict because \"name\" and \"specialty\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (2, 22), (2, 32), (2, 54), (3, 3), (3, 22), (3, 32), (3, 54)));

    [Fact]
    public void Validate_DifferentFieldsOnExclusiveTypes_Valid() => ShouldReport(
        """
        query {
          search(text: "x") {
            ... on Patient { label: birthDate }
            ... on Practitioner { label: specialty }
            ... on Journey { label: id }
          }
        }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"label\" conflict because they return conflicting types \"String\" and \"ID!\". Use different aliases on the fields to fetch both if this was intentional.", (3, 22), (5, 22)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"label\" conflict because they return conflicting types \"String\" and \"ID!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 27), (5, 22)));

    [Fact]
    public void Validate_DifferentFieldsSameResponseName_Reports() => ShouldReport(
        """
        query {
          patient(id: "1") {
            name: birthDate
            name
            age: status
            age
          }
        }
        """,
        Error(OverlappingFieldsCanBeMerged, "Fields \"name\" conflict because \"birthDate\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"age\" conflict because \"status\" and \"age\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 5), (6, 5)));

    [Fact]
    public void Validate_DifferingArguments_Reports() => ShouldReport(
        """"
        query ($a: Int, $b: Int) {
          patients(first: $a) { id }
          patients(first: $b) { id }
          journey(id: "1") { id }
          journey { id }
          x: dosage(amount: 1.0)
          x: dosage(amount: 1.00)
          y: search(text: "a") { __typename }
          y: search(text: """a""") { __typename }
        }
        """",
        Error(OverlappingFieldsCanBeMerged, "Fields \"patients\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"journey\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (4, 3), (5, 3)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"x\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (7, 3)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"y\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (8, 3), (9, 3)),
        Error(ProvidedRequiredArguments, "Field \"journey\" argument \"id\" of type \"ID!\" is required, but it was not provided.", (5, 3)));

    [Fact]
    public void Validate_IdenticalAndEquivalentFields_Valid() => ShouldBeValid(
        """
        query ($first: Int) {
          patient(id: "1") {
            name
            name
            journeys(first: $first, status: ACTIVE) { id }
            journeys(status: ACTIVE, first: $first) { status }
            ... on Patient { name age }
            ...Bits
          }
          a: patients(filter: { status: ACTIVE, minAge: 3 }) { id }
          a: patients(filter: { minAge: 3, status: ACTIVE }) { name }
        }
        fragment Bits on Patient { name age }
        """);

    [Fact]
    public void Validate_RecursiveFragments_Terminates() => ShouldReport(
        """
        query { me { ...Loop } }
        fragment Loop on Person { name ...Loop name: id }
        """,
        Error(NoFragmentCycles, "Cannot spread fragment \"Loop\" within itself.", (2, 32)),
        Error(OverlappingFieldsCanBeMerged, "Fields \"name\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 27), (2, 40)));
}
