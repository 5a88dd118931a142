namespace Platform.GraphQL.Tests.Types;

/// <summary>
/// Schema documents and their printed form. Every expected text was produced by graphql-js 16
/// (<c>printSchema(buildSchema(sdl))</c>) and checked against ours; where they differ by design the
/// difference is noted on <see cref="Platform.GraphQL.Types.SchemaPrinter"/> and the text here is ours.
/// </summary>
internal static class PrintedSchemas
{
    public const string Clinic = """"
        """
        The coordinator API.
        """
        schema { query: Root mutation: Commands }

        "Marks a field as personal data."
        directive @pii(
          "Why it is sensitive."
          reason: String = "health data"
          level: Int
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @audited on OBJECT

        "A person in our care. Patients travel across borders for treatment, which is why this description is long."
        type Patient implements Node & Person @audited {
          id: ID!
          "The name as on the passport."
          name(format: NameFormat = FULL, short: Boolean): String @pii
          journeys(first: Int = 10, after: String): [Journey!]!
          """
          Multi-line
            indented
          description
          """
          notes: String @deprecated(reason: "Use `journeys.notes`.")
          old: Int @deprecated
          x(
            a: Int
            "b arg"
            b: String = "q"
            c: [In!] = [{k: 1}]
          ): Int
        }

        interface Node { id: ID! }
        interface Person implements Node { id: ID! name(format: NameFormat = FULL, short: Boolean): String }

        type Journey implements Node { id: ID! status: JourneyStatus! starts: DateTime price: Decimal }

        enum NameFormat { FULL SHORT }

        "Statuses."
        enum JourneyStatus {
          PLANNED
          "Under treatment."
          IN_TREATMENT
          DISCHARGED @deprecated(reason: "Use COMPLETED.")
          "Done."
          COMPLETED
        }

        union SearchResult = Patient | Journey

        input In { k: Int = 1 s: String = """block""" l: [Int] = [1, 2] old: Int @deprecated }
        input Key @oneOf { id: ID mrn: String }

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")
        scalar Decimal
        "Money"
        scalar Money

        type Root { patient(id: ID!, key: Key): Patient search(q: String!): [SearchResult!]! m: Money }
        type Commands { admit(input: In!): Patient }
        """";

    public const string ClinicPrinted = """"
        """The coordinator API."""
        schema {
          query: Root
          mutation: Commands
        }

        """Marks a field as personal data."""
        directive @pii(
          """Why it is sensitive."""
          reason: String = "health data"
          level: Int
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @audited on OBJECT

        """
        A person in our care. Patients travel across borders for treatment, which is why this description is long.
        """
        type Patient implements Node & Person {
          id: ID!

          """The name as on the passport."""
          name(format: NameFormat = FULL, short: Boolean): String
          journeys(first: Int = 10, after: String): [Journey!]!

          """
          Multi-line
            indented
          description
          """
          notes: String @deprecated(reason: "Use `journeys.notes`.")
          old: Int @deprecated
          x(
            a: Int

            """b arg"""
            b: String = "q"
            c: [In!] = [{k: 1}]
          ): Int
        }

        interface Node {
          id: ID!
        }

        interface Person implements Node {
          id: ID!
          name(format: NameFormat = FULL, short: Boolean): String
        }

        type Journey implements Node {
          id: ID!
          status: JourneyStatus!
          starts: DateTime
          price: Decimal
        }

        enum NameFormat {
          FULL
          SHORT
        }

        """Statuses."""
        enum JourneyStatus {
          PLANNED

          """Under treatment."""
          IN_TREATMENT
          DISCHARGED @deprecated(reason: "Use COMPLETED.")

          """Done."""
          COMPLETED
        }

        union SearchResult = Patient | Journey

        input In {
          k: Int = 1
          s: String = "block"
          l: [Int] = [1, 2]
          old: Int @deprecated
        }

        input Key @oneOf {
          id: ID
          mrn: String
        }

        """
        An instant: a date and time of day with its offset from UTC, as an RFC 3339 date-time string such as `2025-06-01T08:30:00Z` or `2025-06-01T10:30:00.5+02:00`.
        """
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")

        """
        An exact decimal number such as `1234.50`. Results are strings, so no client reads them as binary floating point and loses precision; inputs may be strings or numbers.
        """
        scalar Decimal

        """Money"""
        scalar Money

        type Root {
          patient(id: ID!, key: Key): Patient
          search(q: String!): [SearchResult!]!
          m: Money
        }

        type Commands {
          admit(input: In!): Patient
        }
        """";

    public const string Descriptions = """"
        type Query {
          "first"
          a: Int
          """
          Two paragraphs.

          Second one with \"""triple\""" quotes.
          """
          b(
            "x"
            x: Int
          ): Int
          c: String @deprecated(reason: "No longer supported")
          d: String @deprecated(reason: "Line1\nLine2 \"q\" \u00e9")
        }
        extend type Query { e: Float }
        type Mutation { m(input: I = {a: "s", b: [A, B], c: null}): Int }
        input I { a: String b: [E] c: Int }
        enum E { A B }
        directive @x(a: I = {a: "v"}, "d" b: E = A) on FIELD | QUERY
        interface Lonely { z: Int }
        """
           indented first line
        """
        type W { q: Int }
        "ends with backslash\\" type V { q: Int }
        "tab\there" type X { q: Int }
        """";

    // graphql-js indents the blank line inside a multi-line description too; "·" stands for those
    // spaces here so that no editor trims them away.
    public static readonly string DescriptionsPrinted = """"
        directive @x(
          a: I = {a: "v"}

          """d"""
          b: E = A
        ) on FIELD | QUERY

        type Query {
          """first"""
          a: Int

          """
          Two paragraphs.
        ··
          Second one with \"""triple\""" quotes.
          """
          b(
            """x"""
            x: Int
          ): Int
          c: String @deprecated
          d: String @deprecated(reason: "Line1\nLine2 \"q\" é")
          e: Float
        }

        type Mutation {
          m(input: I = {a: "s", b: [A, B], c: null}): Int
        }

        input I {
          a: String
          b: [E]
          c: Int
        }

        enum E {
          A
          B
        }

        interface Lonely {
          z: Int
        }

        """indented first line"""
        type W {
          q: Int
        }

        """
        ends with backslash\
        """
        type V {
          q: Int
        }

        """tab	here"""
        type X {
          q: Int
        }
        """".Replace('·', ' ');

    public const string Conventional = """"
        type Query { a: String, b(x: Int): Int }
        type Mutation { c: Int }
        type Subscription { d: Int }
        """
        Line with "quote" at end"
        """
        type T { """
          starts indented
        """ f: Int
        "desc with \\ backslash" g: Int }
        "   leading space" type U { h: Int }
        """";

    public const string ConventionalPrinted = """"
        type Query {
          a: String
          b(x: Int): Int
        }

        type Mutation {
          c: Int
        }

        type Subscription {
          d: Int
        }

        """
        Line with "quote" at end"
        """
        type T {
          """starts indented"""
          f: Int

          """desc with \ backslash"""
          g: Int
        }

        """   leading space"""
        type U {
          h: Int
        }
        """";
}
