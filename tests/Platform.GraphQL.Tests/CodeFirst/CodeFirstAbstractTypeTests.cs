using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.CodeFirst;

public class CodeFirstAbstractTypeTests
{
    private static readonly Schema _schema = new CodeFirstSchema()
        .AddQuery<CareEventQueries>()
        .Build();

    [Fact]
    public void Print_InterfaceUnionOneOfAndXmlDocs_PrintsTheSchema()
    {
        var printed = SchemaPrinter.Print(_schema);

        // The platform scalars print after the types; only the code-first part is compared here.
        printed[..printed.IndexOf("\n\n\"\"\"\nA calendar date", StringComparison.Ordinal)].ShouldBe(""""
            type Query {
              """The patient's care events, `newest` last."""
              timeline(
                """How many events to return at most."""
                limit: Int! = 10
              ): [CareEvent!]!

              """
              Visits and clinicians whose text contains text.
              
              Matching is case sensitive.
              """
              search(text: String!): [SearchResult!]!
              contact(by: ContactMethodInput!): String!
              visits(filter: VisitFilterInput, clinician: String @deprecated(reason: "Use filter.")): [Visit!]!
            }

            """Something that happened in a patient's care."""
            interface CareEvent {
              """The day it happened."""
              on: Date!
              title: String!
            }

            """A consultation with a clinician."""
            type Visit implements CareEvent {
              """The day of the visit."""
              on: Date!

              """What the visit was about."""
              title: String!

              """Who saw the patient."""
              clinician: String!
            }

            type Prescription implements CareEvent {
              on: Date!
              title: String!
              drug: String!
              refills: Int!
            }

            """A result of Search."""
            union SearchResult = Visit | Clinician

            type Clinician {
              name: String!
              specialty: String!
            }

            """How to reach a patient: by exactly one of these."""
            input ContactMethodInput @oneOf {
              email: String
              phone: String
              pager: Int
            }

            input VisitFilterInput {
              clinician: String
              doctor: String @deprecated(reason: "Use clinician.")
              limit: Int! = 5
              recent: Boolean! = true
            }
            """");
    }

    [Fact]
    public async Task Execute_InterfaceListOfMixedClasses_ResolvesEachObjectTypeByClrType()
    {
        var result = await ExecuteAsync(_schema, "{ timeline { __typename on title ... on Visit { clinician } ... on Prescription { drug refills } } }");

        result.ToJson().ShouldBe(Q(
            "{'data':{'timeline':[{'__typename':'Visit','on':'2026-03-01','title':'Check-up','clinician':'Dr. Lee'},"
            + "{'__typename':'Prescription','on':'2026-03-02','title':'Blood pressure','drug':'Lisinopril','refills':2}]}}"));
    }

    [Fact]
    public async Task Execute_UnionListOfMixedClasses_SelectsThroughInlineFragments()
    {
        var result = await ExecuteAsync(_schema, "{ search(text: \"Lee\") { __typename ... on Visit { title } ... on Clinician { name specialty } ... on CareEvent { on } } }");

        result.ToJson().ShouldBe(Q(
            "{'data':{'search':[{'__typename':'Visit','title':'Check-up','on':'2026-03-01'},{'__typename':'Clinician','name':'Dr. Lee','specialty':'Cardiology'}]}}"));
    }

    [Fact]
    public async Task Execute_InterfaceAndUnionRegisteredWithoutAttributes_ResolveLikeAnnotatedOnes()
    {
        var schema = new CodeFirstSchema()
            .AddQuery<BillingQueries>()
            .AddInterface<IBillable>()
            .AddUnion<IAttachment>(typeof(Scan))
            .Build();

        var result = await ExecuteAsync(schema, "{ latestBill { __typename amount ... on Invoice { number } } attachments { __typename ... on Scan { modality } } }");

        result.ToJson().ShouldBe(Q("{'data':{'latestBill':{'__typename':'Invoice','amount':'12.5','number':'INV-1'},'attachments':[{'__typename':'Scan','modality':'MRI'}]}}"));
        SchemaPrinter.Print(schema).ShouldContain("union Attachment = Scan\n");
        SchemaPrinter.Print(schema).ShouldContain("type Invoice implements Billable {");
    }

    [Fact]
    public async Task Execute_OneOfInputWithOneField_BindsExactlyThatProperty()
    {
        var literal = await ExecuteAsync(_schema, "{ phone: contact(by: { phone: \"555-0100\" }) email: contact(by: { email: \"ada@example.org\" }) }");
        var variable = await ExecuteAsync(_schema, "query($by: ContactMethodInput!) { contact(by: $by) }", variables: "{\"by\":{\"pager\":7}}");

        literal.ToJson().ShouldBe(Q("{'data':{'phone':'phone 555-0100','email':'email ada@example.org'}}"));
        variable.ToJson().ShouldBe(Q("{'data':{'contact':'pager 7'}}"));
    }

    [Fact]
    public async Task Execute_OneOfInputWithTwoFields_IsRejectedBeforeTheResolverRuns()
    {
        const string twoKeys = "{ contact(by: { phone: \"555-0100\", email: \"ada@example.org\" }) }";
        var validation = DocumentValidator.Validate(_schema, Parser.Parse(twoKeys));
        var literal = await ExecuteAsync(_schema, twoKeys);
        var variable = await ExecuteAsync(_schema, "query($by: ContactMethodInput!) { contact(by: $by) }", variables: "{\"by\":{\"phone\":\"555-0100\",\"pager\":7}}");

        validation.Select(error => error.Message).ShouldBe(["OneOf Input Object \"ContactMethodInput\" must specify exactly one key."]);
        literal.ToJson().ShouldBe(Q(
            "{'errors':[{'message':'Argument \\'by\\' has invalid value {phone: \\'555-0100\\', email: \\'ada@example.org\\'}.','locations':[{'line':1,'column':15}],'path':['contact']}],'data':null}"));
        variable.ToJson().ShouldBe(Q(
            "{'errors':[{'message':'Variable \\'$by\\' got invalid value { phone: \\'555-0100\\', pager: 7 }; Exactly one key must be specified for OneOf type \\'ContactMethodInput\\'.','locations':[{'line':1,'column':7}]}]}"));
    }

    [Fact]
    public async Task Execute_InputRecordDefaultsAndDeprecatedFields_StillBind()
    {
        var result = await ExecuteAsync(_schema, "{ byDoctor: visits(filter: { doctor: \"Dr. Lee\" }) { title } byArgument: visits(clinician: \"Dr. Who\") { title } }");

        result.ToJson().ShouldBe(Q("{'data':{'byDoctor':[{'title':'Check-up'}],'byArgument':[]}}"));
    }
}
