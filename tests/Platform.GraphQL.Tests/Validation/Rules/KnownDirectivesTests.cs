using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Directives Are Defined and Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesTests
{
    [Fact]
    public void Validate_DirectivesInAllowedLocations_Valid() => ShouldBeValid(
        """
        query Page($id: ID! @trace(id: "t")) @audit(reason: "page") @tag(name: "q") {
          patient(id: $id) @sensitive @tag(name: "f") {
            name @skip(if: false)
            ...Name @tag(name: "s") @include(if: true)
            ... on Patient @tag(name: "i") @skip(if: false) { age }
          }
        }
        fragment Name on Person @tag(name: "d") { name }
        """);

    [Fact]
    public void Validate_MisplacedDirectives_ReportLocation() => ShouldReport(
        """
        mutation Discharge($id: ID! @sensitive) @tag(name: "m") @trace {
          dischargePatient(id: $id) @deprecated @trace { id }
        }
        fragment F on Patient @skip(if: true) { ...G @audit(reason: "r") ... on Patient @sensitive { id } }
        fragment G on Patient { id }
        """,
        Error(KnownDirectives, "Directive \"@sensitive\" may not be used on VARIABLE_DEFINITION.", (1, 29)),
        Error(KnownDirectives, "Directive \"@tag\" may not be used on MUTATION.", (1, 41)),
        Error(KnownDirectives, "Directive \"@trace\" may not be used on MUTATION.", (1, 57)),
        Error(KnownDirectives, "Directive \"@deprecated\" may not be used on FIELD.", (2, 29)),
        Error(KnownDirectives, "Directive \"@trace\" may not be used on FIELD.", (2, 41)),
        Error(KnownDirectives, "Directive \"@skip\" may not be used on FRAGMENT_DEFINITION.", (4, 23)),
        Error(KnownDirectives, "Directive \"@audit\" may not be used on FRAGMENT_SPREAD.", (4, 46)),
        Error(KnownDirectives, "Directive \"@sensitive\" may not be used on INLINE_FRAGMENT.", (4, 81)),
        Error(NoUnusedFragments, "Fragment \"F\" is never used.", (4, 1)),
        Error(NoUnusedFragments, "Fragment \"G\" is never used.", (5, 1)));

    [Fact]
    public void Validate_UnknownDirective_Reports() => ShouldReport(
        """
        query { me @cached(ttl: 5) { name @lowercase } }
        """,
        Error(KnownDirectives, "Unknown directive \"@cached\".", (1, 12)),
        Error(KnownDirectives, "Unknown directive \"@lowercase\".", (1, 35)));
}
