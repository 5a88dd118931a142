using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Argument Names, on fields and directives.</summary>
public sealed class KnownArgumentNamesTests
{
    [Fact]
    public void Validate_ArgumentsOfUnknownFieldOrDirective_NotReported() => ShouldReport(
        """
        query { me { ward(floor: 2) name @unknown(flag: true) } }
        """,
        Error(FieldsOnCorrectType, "Cannot query field \"ward\" on type \"Person\".", (1, 14)),
        Error(KnownDirectives, "Unknown directive \"@unknown\".", (1, 34)));

    [Fact]
    public void Validate_KnownArguments_Valid() => ShouldBeValid(
        """
        query {
          patient(id: "1") { journeys(first: 1, status: ACTIVE, after: "c") { id } }
          me @audit(reason: "r", level: 2) { name @include(if: true) }
        }
        """);

    [Fact]
    public void Validate_UnknownDirectiveArguments_ReportWithSuggestions() => ShouldReport(
        """
        query @audit(reason: "r", levle: 2) {
          me { name @include(if: true, unless: false) }
        }
        """,
        Error(KnownArgumentNames, "Unknown argument \"levle\" on directive \"@audit\". Did you mean \"level\"?", (1, 27)),
        Error(KnownArgumentNames, "Unknown argument \"unless\" on directive \"@include\".", (2, 32)));

    [Fact]
    public void Validate_UnknownFieldArguments_ReportWithSuggestions() => ShouldReport(
        """
        query {
          patient(id: "1", idd: "2") { journeys(frist: 1, statuss: ACTIVE, sort: NAME) { id } }
        }
        """,
        Error(KnownArgumentNames, "Unknown argument \"idd\" on field \"Query.patient\". Did you mean \"id\"?", (2, 20)),
        Error(KnownArgumentNames, "Unknown argument \"frist\" on field \"Patient.journeys\". Did you mean \"first\"?", (2, 41)),
        Error(KnownArgumentNames, "Unknown argument \"statuss\" on field \"Patient.journeys\". Did you mean \"status\"?", (2, 51)),
        Error(KnownArgumentNames, "Unknown argument \"sort\" on field \"Patient.journeys\".", (2, 68)));
}
