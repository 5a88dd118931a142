using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Values of Correct Type, Input Object Field Names and Required Fields, OneOf input objects.</summary>
public sealed class ValuesOfCorrectTypeTests
{
    [Fact]
    public void Validate_CustomScalarWithVariables_Valid() => ShouldReport(
        """
        query Custom($when: DateTime) {
          patients(filter: { nameContains: "A" }) { createdAt metadata }
        }
        """,
        Error(NoUnusedVariables, "Variable \"$when\" is never used in operation \"Custom\".", (1, 14)));

    [Fact]
    public void Validate_InputObjectProblems_ReportEach() => ShouldReport(
        """
        mutation {
          admitPatient(input: { birthDate: "2000-01-01", contact: { phone: 1, fax: "x" } }) { id }
          other: admitPatient(input: "Ann") { id }
          third: admitPatient(input: { name: "Ann", nmae: "Ann" }) { id }
        }
        """,
        Error(ValuesOfCorrectType, "Field \"NewPatient.name\" of required type \"String!\" was not provided.", (2, 23)),
        Error(ValuesOfCorrectType, "String cannot represent a non string value: 1", (2, 68)),
        Error(ValuesOfCorrectType, "Field \"fax\" is not defined by type \"ContactInput\".", (2, 71)),
        Error(ValuesOfCorrectType, "Expected value of type \"NewPatient!\", found \"Ann\".", (3, 30)),
        Error(ValuesOfCorrectType, "Field \"nmae\" is not defined by type \"NewPatient\". Did you mean \"name\"?", (4, 45)));

    [Fact]
    public void Validate_ListProblems_ReportAtItemOrList() => ShouldReport(
        """
        query {
          matrix(rows: [[1, "2"], 3, [4, [5]]])
          patients(ids: [true, {}], filter: ["x"]) { id }
          dosage(amount: [1])
        }
        """,
        Error(ValuesOfCorrectType, "Int cannot represent non-integer value: \"2\"", (2, 21)),
        Error(ValuesOfCorrectType, "Int cannot represent non-integer value: [5]", (2, 34)),
        Error(ValuesOfCorrectType, "ID cannot represent a non-string and non-integer value: true", (3, 18)),
        Error(ValuesOfCorrectType, "ID cannot represent a non-string and non-integer value: {}", (3, 24)),
        Error(ValuesOfCorrectType, "Expected value of type \"PatientFilter\", found [\"x\"].", (3, 37)),
        Error(ValuesOfCorrectType, "Float cannot represent non numeric value: [1]", (4, 18)));

    [Fact]
    public void Validate_NullForNonNull_Reports() => ShouldReport(
        """
        query {
          isActive(flag: null)
          patient(id: "1") { notes(limit: null) { id } }
          matrix(rows: [null, [1, null]])
        }
        """,
        Error(ValuesOfCorrectType, "Expected value of type \"Boolean!\", found null.", (2, 18)),
        Error(ValuesOfCorrectType, "Expected value of type \"Int!\", found null.", (3, 35)),
        Error(ValuesOfCorrectType, "Expected value of type \"[Int!]!\", found null.", (4, 17)),
        Error(ValuesOfCorrectType, "Expected value of type \"Int!\", found null.", (4, 27)));

    [Fact]
    public void Validate_OneOfLiterals_ReportKeyCountAndNull() => ShouldReport(
        """
        mutation {
          a: assignPractitioner(patient: { id: "1", mrn: "2" }, practitioner: { licence: null }) { id }
          b: assignPractitioner(patient: {}, practitioner: { id: "p" }) { id }
        }
        """,
        Error(ValuesOfCorrectType, "OneOf Input Object \"PatientBy\" must specify exactly one key.", (2, 34)),
        Error(ValuesOfCorrectType, "Field \"PractitionerRef.licence\" must be non-null.", (2, 71)),
        Error(ValuesOfCorrectType, "OneOf Input Object \"PatientBy\" must specify exactly one key.", (3, 34)));

    [Fact]
    public void Validate_UnknownArgumentValue_NotChecked() => ShouldReport(
        """
        query { patient(id: "1", ward: { floor: "x" }) { id } }
        """,
        Error(KnownArgumentNames, "Unknown argument \"ward\" on field \"Query.patient\".", (1, 26)));

    [Fact]
    public void Validate_ValidLiterals_Valid() => ShouldBeValid(
        """
        query {
          patients(filter: { status: ACTIVE, nameContains: "an", minAge: 18, tags: ["x"], practitioner: { licence: 7 } }, first: 5, ids: ["p-1", 2]) { id }
          single: patients(ids: "p-1") { id }
          dosage(amount: 2)
          fraction: dosage(amount: 2.5e-1, unit: null)
          isActive(flag: false)
          matrix(rows: [[1, 2], [3]])
          coerced: matrix(rows: [4])
          patientBy(by: { mrn: "MRN-7" }) { id }
          findPatient(by: null) { id }
        }
        """);

    [Fact]
    public void Validate_VariableDefaults_CheckedAgainstVariableType() => ShouldReport(
        """
        query Defaults($first: Int = "ten", $filter: PatientFilter = { status: GONE }, $by: PatientBy = { id: "1", email: "x" }) {
          patients(first: $first, filter: $filter) { id }
          findPatient(by: $by) { id }
        }
        """,
        Error(ValuesOfCorrectType, "Int cannot represent non-integer value: \"ten\"", (1, 30)),
        Error(ValuesOfCorrectType, "Value \"GONE\" does not exist in \"CareStatus\" enum.", (1, 72)),
        Error(ValuesOfCorrectType, "OneOf Input Object \"PatientBy\" must specify exactly one key.", (1, 97)));

    [Fact]
    public void Validate_WrongEnumLiterals_ReportWithSuggestions() => ShouldReport(
        """
        query {
          patients(filter: { status: active }) { journeys(status: "ACTIVE") { id } }
          other: patients(filter: { status: DISCHARGD }) { id }
          journey(id: "j") { steps(kind: 1) { __typename } }
        }
        """,
        Error(ValuesOfCorrectType, "Value \"active\" does not exist in \"CareStatus\" enum. Did you mean the enum value \"ACTIVE\"?", (2, 30)),
        Error(ValuesOfCorrectType, "Enum \"CareStatus\" cannot represent non-enum value: \"ACTIVE\". Did you mean the enum value \"ACTIVE\"?", (2, 59)),
        Error(ValuesOfCorrectType, "Value \"DISCHARGD\" does not exist in \"CareStatus\" enum. Did you mean the enum value \"DISCHARGED\"?", (3, 37)),
        Error(ValuesOfCorrectType, "Enum \"StepKind\" cannot represent non-enum value: 1.", (4, 34)));

    [Fact]
    public void Validate_WrongScalarLiterals_ReportScalarMessages() => ShouldReport(
        """
        query {
          patient(id: 1.5) { journeys(first: "ten") { id } notes(limit: 2147483648) { id } }
          dosage(amount: "2")
          isActive(flag: 1)
          search(text: 12) { __typename }
        }
        """,
        Error(ValuesOfCorrectType, "ID cannot represent a non-string and non-integer value: 1.5", (2, 15)),
        Error(ValuesOfCorrectType, "Int cannot represent non-integer value: \"ten\"", (2, 38)),
        Error(ValuesOfCorrectType, "Int cannot represent non 32-bit signed integer value: 2147483648", (2, 65)),
        Error(ValuesOfCorrectType, "Float cannot represent non numeric value: \"2\"", (3, 18)),
        Error(ValuesOfCorrectType, "Boolean cannot represent a non boolean value: 1", (4, 18)),
        Error(ValuesOfCorrectType, "String cannot represent a non string value: 12", (5, 16)));
}
