using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using static Platform.GraphQL.Validation.ValidationRuleNames;

namespace Platform.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Operation Type Existence, over a schema with a query root only (the shared care schema has all
/// three roots). graphql-js 16 leaves this to execution, so it is not in the cross-check corpus.
/// </summary>
public sealed class OperationTypeExistenceTests
{
    private static readonly Schema _queryOnly = SchemaBuilder.FromSdl("type Query { patientCount: Int }").Build();

    [Fact]
    public void Validate_QueryOnQueryOnlySchema_Valid() =>
        Errors("query Count { patientCount __typename }").ShouldBeEmpty();

    [Fact]
    public void Validate_MutationWithoutMutationRoot_ReportsOperation() =>
        Errors("\nmutation Admit { patientCount }").ShouldBe(["OperationTypeExistence: The mutation operation is not supported by the schema. @ 2:1"]);

    [Fact]
    public void Validate_SubscriptionWithoutSubscriptionRoot_ReportsOperationOnly() =>
        Errors("subscription { patientCount }").ShouldBe(["OperationTypeExistence: The subscription operation is not supported by the schema. @ 1:1"]);

    [Fact]
    public void Validate_MutationOnCareSchema_Valid() =>
        CareSchema.ShouldBeValid("mutation { dischargePatient(id: \"1\") { id } }");

    private static List<string> Errors(string document)
    {
        var errors = DocumentValidator.Validate(_queryOnly, Parser.Parse(document));
        errors.ShouldAllBe(error => error.Rule == OperationTypeExistence);
        return CareSchema.Describe(errors);
    }
}
