using System.Globalization;
using System.Text;
using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Documents built to make field merging expensive. Expanding every fragment where it is spread
/// would take 2^40 steps in the first; comparing each pair of fragments once takes a few thousand.
/// Only the outcome is asserted (the same as graphql-js's), never the time taken.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedTests
{
    [Fact]
    public void Validate_FragmentsDoublingAtEachOfFortyLevels_FindsTheOneConflictAtTheBottom()
    {
        const int depth = 40;
        var document = new StringBuilder("query Deep { me { ...L0a ...L0b } }\n");
        for (var i = 0; i < depth; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment L{i}a on Person {{ ...L{i + 1}a ...L{i + 1}b }}\n");
            document.Append(CultureInfo.InvariantCulture, $"fragment L{i}b on Person {{ ...L{i + 1}b ...L{i + 1}a }}\n");
        }

        document.Append(CultureInfo.InvariantCulture, $"fragment L{depth}a on Person {{ label: name }}\n");
        document.Append(CultureInfo.InvariantCulture, $"fragment L{depth}b on Person {{ label: birthDate }}\n");

        ShouldReport(
            document.ToString(),
            Error(
                OverlappingFieldsCanBeMerged,
                "Fields \"label\" conflict because \"name\" and \"birthDate\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                (82, 27),
                (83, 27)));
    }

    [Fact]
    public void Validate_DuplicatedFieldsSpreadingTheNextLevelSixtyDeep_FindsTheConflictOnce()
    {
        const int depth = 60;
        var document = new StringBuilder("query Nested { patient(id: \"1\") { ...P0 } }\n");
        for (var i = 0; i < depth; i++)
        {
            var field = $"primaryPractitioner {{ id patients {{ name ...P{i + 1} }} }}";
            document.Append(CultureInfo.InvariantCulture, $"fragment P{i} on Patient {{ {field} {field} }}\n");
        }

        document.Append(CultureInfo.InvariantCulture, $"fragment P{depth} on Patient {{ name: birthDate }}\n");

        // The same answer graphql-js gives: the clash at the bottom, reported once, through the last pair of fields.
        ShouldReport(
            document.ToString(),
            Error(
                OverlappingFieldsCanBeMerged,
                "Fields \"primaryPractitioner\" conflict because subfields \"patients\" conflict because subfields \"name\" conflict because \"name\" and \"birthDate\" are different fields and subfields \"name\" conflict because \"name\" and \"birthDate\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                (61, 27),
                (61, 52),
                (61, 63),
                (61, 115),
                (61, 79),
                (61, 104),
                (62, 27),
                (62, 27)));
    }

    [Fact]
    public void Validate_ThousandsOfSameNamedFields_StopsAtTheComplexityBudget()
    {
        var document = $"{{ me {{ {string.Join(' ', Enumerable.Repeat("name", 3000))} }} }}";

        ShouldReport(document, Error(ComplexityLimit, "Validation aborted."));
    }
}
