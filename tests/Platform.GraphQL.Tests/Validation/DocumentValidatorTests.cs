using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;
using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>The validator as a whole: error limit, suggestions switch, documents built in code, arguments.</summary>
public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validate_MoreErrorsThanTheLimit_StopsWithErrorLimitError()
    {
        var errors = Validate(DocumentWithUnknownFields(150));

        errors.Count.ShouldBe(101);
        errors.Take(100).ShouldAllBe(error => error.Rule == FieldsOnCorrectType);
        errors[100].ShouldBe(new ValidationError(ErrorLimit, "Too many validation errors, error limit reached. Validation aborted.", []));
    }

    [Fact]
    public void Validate_CustomLimit_KeepsThatManyErrors()
    {
        var errors = Validate(DocumentWithUnknownFields(5), new ValidationOptions { MaxErrors = 2 });

        errors.Select(error => error.Rule).ShouldBe([FieldsOnCorrectType, FieldsOnCorrectType, ErrorLimit]);
    }

    [Fact]
    public void Validate_ExactlyAsManyErrorsAsTheLimit_ReportsAllWithoutAborting()
    {
        var errors = Validate(DocumentWithUnknownFields(3), new ValidationOptions { MaxErrors = 3 });

        errors.Select(error => error.Rule).ShouldBe([FieldsOnCorrectType, FieldsOnCorrectType, FieldsOnCorrectType]);
    }

    [Fact]
    public void MaxErrors_NotPositive_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxErrors = 0 });

    [Fact]
    public void Validate_HideSuggestions_LeavesOutDidYouMean()
    {
        var options = new ValidationOptions { HideSuggestions = true };
        var errors = Validate(
            """
            query ($f: PatientFiltr) {
              patient(id: "1", idd: "2") { nme }
              me { age }
              patients(filter: { status: ACTIV, nameContain: "x" }) { id }
            }
            """,
            options);

        errors.Select(error => error.Message).ShouldBe(
        [
            "Unknown type \"PatientFiltr\".",
            "Unknown argument \"idd\" on field \"Query.patient\".",
            "Cannot query field \"nme\" on type \"Patient\".",
            "Cannot query field \"age\" on type \"Person\".",
            "Value \"ACTIV\" does not exist in \"CareStatus\" enum.",
            "Field \"nameContain\" is not defined by type \"PatientFilter\".",
            "Variable \"$f\" is never used.",
        ]);
    }

    [Fact]
    public void Validate_DocumentBuiltInCode_ReportsErrorsWithoutLocations()
    {
        var document = new DocumentNode(
        [
            new OperationDefinitionNode(
                OperationType.Query,
                new SelectionSetNode([new FieldNode(new NameNode("ward"))])),
        ]);

        var errors = DocumentValidator.Validate(Schema, document);

        errors.ShouldBe([new ValidationError(FieldsOnCorrectType, "Cannot query field \"ward\" on type \"Query\".", ImmutableArray<ErrorLocation>.Empty)], new ErrorComparer());
    }

    [Fact]
    public void Validate_DocumentBuiltInCodeNestedTooDeepForTheStack_EndsWithComplexityError()
    {
        var selections = new SelectionSetNode([new FieldNode(new NameNode("name"))]);
        for (var i = 0; i < 200_000; i++)
        {
            selections = new SelectionSetNode([new FieldNode(new NameNode("careTeam"), selectionSet: selections)]);
        }

        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, selections)]);

        var errors = DocumentValidator.Validate(Schema, document);

        errors.Select(error => error.Rule).ShouldBe([FieldsOnCorrectType, ComplexityLimit]);
    }

    [Fact]
    public void Validate_TypeSystemDefinitions_ReportedOnceAndNotLookedInto()
    {
        // graphql-js also checks type names and directives inside such definitions; a document that
        // is not executable is rejected either way.
        ShouldReport(
            """
            query { me { name } }
            type Ward @unknown { patients: [Patiant] }
            """,
            Error(ExecutableDefinitions, "The \"Ward\" definition is not executable.", (2, 1)));
    }

    [Fact]
    public void Validate_DescriptionsOnOperationsFragmentsAndVariables_Ignored() => ShouldBeValid(
        """
        "Loads a patient and their name."
        query Patient("Which patient." $id: ID!) { patient(id: $id) { ...Name } }
        "The name only."
        fragment Name on Patient { name }
        """);

    [Fact]
    public void Validate_SameValidatorOnSeveralDocuments_KeepsNoStateBetweenThem()
    {
        var validator = new DocumentValidator(Schema);
        var document = Parser.Parse("query A { me { name } } fragment F on Person { name }");

        var first = validator.Validate(document);
        var second = validator.Validate(document);

        Describe(first).ShouldBe(["NoUnusedFragments: Fragment \"F\" is never used. @ 1:25"]);
        Describe(second).ShouldBe(Describe(first));
    }

    [Fact]
    public void Validate_NullArguments_Throw()
    {
        Should.Throw<ArgumentNullException>(() => new DocumentValidator(null!));
        Should.Throw<ArgumentNullException>(() => new DocumentValidator(Schema).Validate(null!));
    }

    [Fact]
    public void ValidationError_ToString_ShowsMessageAndLocations() =>
        new ValidationError(ScalarLeafs, "Field \"me\" must have a selection.", [new ErrorLocation(2, 3), new ErrorLocation(4, 5)])
            .ToString().ShouldBe("Field \"me\" must have a selection. (2:3, 4:5)");

    private static string DocumentWithUnknownFields(int count)
    {
        var document = new StringBuilder("{ me {");
        for (var i = 0; i < count; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $" unknown{i}");
        }

        return document.Append(" } }").ToString();
    }

    private sealed class ErrorComparer : IEqualityComparer<ValidationError>
    {
        public bool Equals(ValidationError? x, ValidationError? y) =>
            x is not null && y is not null && x.Rule == y.Rule && x.Message == y.Message && x.Locations.SequenceEqual(y.Locations);

        public int GetHashCode(ValidationError obj) => obj.Message.GetHashCode(StringComparison.Ordinal);
    }
}
