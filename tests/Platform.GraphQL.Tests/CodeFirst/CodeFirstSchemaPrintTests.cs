using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.CodeFirst;

public class CodeFirstSchemaPrintTests
{
    [Fact]
    public void Print_TwoModules_PrintsTheWholeSchema()
    {
        var schema = new CodeFirstSchema()
            .AddQuery<PatientQueries>()
            .AddMutation<PatientMutations>()
            .AddAnnotated(typeof(PatientJourneys))
            .Build();

        // The platform scalars (UUID, Date, Decimal) print after the types; only the code-first part is compared here.
        var printed = SchemaPrinter.Print(schema);
        printed[..printed.IndexOf("\n\n\"\"\"\nA universally", StringComparison.Ordinal)].ShouldBe(""""
            type Query {
              """One patient by id, or null."""
              patient(id: UUID!): Patient
              patients(filter: PatientFilterInput, first: Int! = 10): [Patient!]!
              count(status: PatientStatus!): Int!
              whoami: String!
              broken: String!
            }

            type Mutation {
              admit(input: AdmitPatientInput!): Patient!
            }

            """A person receiving care."""
            type Patient {
              id: UUID!
              name: String!
              birthDate: Date!
              status: PatientStatus!
              nickname: String
              tags: [String!]!
              fullName: String! @deprecated(reason: "Use name.")
              initials: String!

              """The patient's care journeys."""
              journeys: [Journey!]!
            }

            enum PatientStatus {
              ACTIVE
              ON_HOLD
              PAUSED @deprecated(reason: "Merged into ON_HOLD.")
            }

            input PatientFilterInput {
              status: PatientStatus
              tags: [String!]
              nameContains: String
            }

            input AdmitPatientInput {
              name: String!
              birthDate: Date!
              tags: [String!]!
            }

            type Journey {
              """What the journey is for."""
              title: String!
              steps: Long!
              cost: Decimal!
            }

            """
            A signed 64-bit integer, as a JSON number. JavaScript reads values beyond ±2^53 imprecisely.
            """
            scalar Long
            """");
    }
}
