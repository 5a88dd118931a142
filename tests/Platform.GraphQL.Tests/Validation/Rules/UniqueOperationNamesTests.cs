using static Platform.GraphQL.Tests.Validation.CareSchema;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesTests
{
    [Fact]
    public void Validate_DistinctNames_Valid() => ShouldBeValid(
        """
        query Patient { me { name } }
        query Practitioner { me { id } }
        mutation Discharge { dischargePatient(id: "1") { id } }
        """);

    [Fact]
    public void Validate_SameNameAcrossOperationKinds_Reports() => ShouldReport(
        """
        query Current { me { name } }
        mutation Current { dischargePatient(id: "1") { id } }
        subscription Current { patientAdmitted { id } }
        """,
        Error(UniqueOperationNames, "There can be only one operation named \"Current\".", (1, 7), (2, 10)),
        Error(UniqueOperationNames, "There can be only one operation named \"Current\".", (1, 7), (3, 14)));

    [Fact]
    public void Validate_SameNameTwice_ReportsBothNames() => ShouldReport(
        """
        query Current { me { name } }
        query Current { me { id } }
        """,
        Error(UniqueOperationNames, "There can be only one operation named \"Current\".", (1, 7), (2, 7)));
}
