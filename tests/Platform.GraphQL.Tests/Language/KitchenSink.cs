namespace Platform.GraphQL.Tests.Language;

/// <summary>
/// Documents that use every part of the language, and their canonical prints (checked against
/// the reference implementation's print, which differs only in not indenting described variables).
/// </summary>
internal static class KitchenSink
{
    /// <summary>Operations of all three kinds, fragments, every selection and value form, executable descriptions.</summary>
    public const string Executable = """"
        # A query with every kind of selection.
        query JourneyOverview($id: ID!, $since: DateTime = "2025-01-01T00:00:00Z", $kinds: [SearchKind!]! = [PATIENT] @tag(name: "kinds")) @trace {
          journey: journey(id: $id) {
            id
            ... on Journey @defer(label: "steps") {
              steps(since: $since, first: 10, window: {from: 0, to: -20, inclusive: true}) @include(if: true) {
                ...StepFields @tag(name: "spread")
              }
            }
            ... @skip(if: false) {
              updatedAt
            }
            ... {
              __typename
            }
          }
        }

        """
        Approves a prior authorization.
        """
        mutation ApprovePriorAuthorization @trace {
          approve(id: 4, note: null, amount: 12.50, rate: -1.5e-3, status: APPROVED) {
            id
          }
        }

        "Streams new quote lines."
        subscription QuoteLines("Which quote to follow." $quoteId: ID! @tag(name: "quote")) {
          quoteLineAdded(quoteId: $quoteId) {
            price
          }
        }

        "The fields every step shows."
        fragment StepFields on Step @trace {
          name
          notes(format: """
            Keep the "quotes" and \""" triple quotes.
          """, emoji: "\u{1F600} and \uD83D\uDE00", escapes: "tab\t newline\n quote\" slash\\ \/")
          list: tags(empty: [], nested: [[1, 2], []], object: {}, nestedObject: {inner: {deep: [ENUM_VALUE]}})
        }

        {
          shorthand
        }

        query ($anonymous: Int) {
          value(of: $anonymous)
        }

        subscription {
          ping
        }
        """";

    public const string ExecutablePrinted = """"
        query JourneyOverview($id: ID!, $since: DateTime = "2025-01-01T00:00:00Z", $kinds: [SearchKind!]! = [PATIENT] @tag(name: "kinds")) @trace {
          journey: journey(id: $id) {
            id
            ... on Journey @defer(label: "steps") {
              steps(since: $since, first: 10, window: {from: 0, to: -20, inclusive: true}) @include(if: true) {
                ...StepFields @tag(name: "spread")
              }
            }
            ... @skip(if: false) {
              updatedAt
            }
            ... {
              __typename
            }
          }
        }

        """Approves a prior authorization."""
        mutation ApprovePriorAuthorization @trace {
          approve(id: 4, note: null, amount: 12.50, rate: -1.5e-3, status: APPROVED) {
            id
          }
        }

        "Streams new quote lines."
        subscription QuoteLines(
          "Which quote to follow."
          $quoteId: ID! @tag(name: "quote")
        ) {
          quoteLineAdded(quoteId: $quoteId) {
            price
          }
        }

        "The fields every step shows."
        fragment StepFields on Step @trace {
          name
          notes(
            format: """Keep the "quotes" and \""" triple quotes."""
            emoji: "😀 and 😀"
            escapes: "tab\t newline\n quote\" slash\\ /"
          )
          list: tags(
            empty: []
            nested: [[1, 2], []]
            object: {}
            nestedObject: {inner: {deep: [ENUM_VALUE]}}
          )
        }

        {
          shorthand
        }

        query ($anonymous: Int) {
          value(of: $anonymous)
        }

        subscription {
          ping
        }
        """";

    /// <summary>Every type system definition and extension, descriptions in both string forms.</summary>
    public const string Schema = """"
        """
        Care platform schema.
        """
        schema @link(url: "https://example.com/care") {
          query: Query
          mutation: Mutation
        }

        "When something happened, as an ISO-8601 string."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        scalar Money

        interface Node {
          id: ID!
        }

        interface Auditable implements Node {
          id: ID!
          updatedAt: DateTime
        }

        """
        A patient's path through care.

        Indented lines keep their extra indentation:
            like this one.
        """
        type Journey implements & Node & Auditable @key(fields: "id") {
          id: ID!
          updatedAt: DateTime
          "Steps in the order they happen."
          steps(
            "Only steps at or after this time."
            since: DateTime
            first: Int = 10 @deprecated(reason: "Use `window`.")
            window: Window = {from: 0, to: 10}
          ): [Step!]! @cost(weight: 2)
          pathway: CarePathway
        }

        type Query {
          journey(id: ID!): Journey
          search(text: String!, kinds: [SearchKind!] = [PATIENT, PROVIDER]): [SearchResult!]!
        }

        type Placeholder

        union SearchResult @searchable = | Journey | CarePathway

        union Empty

        enum SearchKind @flags {
          "A person receiving care."
          PATIENT
          PROVIDER @deprecated
          """
          A plan.
          """
          PLAN
        }

        enum Unknown

        input Window @oneOf {
          from: Int
          to: Int = 100
          "Inclusive."
          inclusive: Boolean! = true @internal
        }

        input Filter

        directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT

        "Marks things callers should stop using."
        directive @deprecated(
          reason: String = "No longer supported"
        ) repeatable on | FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

        directive @trace on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @audit

        extend schema {
          subscription: Subscription
        }

        extend scalar Money @currency(code: "EUR")

        extend type Journey implements Trackable

        extend type Journey @shareable

        extend type Journey {
          priorAuthorization: PriorAuthorization
        }

        extend interface Node @entity

        extend interface Auditable implements Trackable {
          trackedAt: DateTime
        }

        extend union SearchResult = PriorAuthorization

        extend union SearchResult @searchable

        extend enum SearchKind {
          QUOTE_LINE
        }

        extend enum SearchKind @extended

        extend input Window {
          timeZone: String
        }

        extend input Window @validated
        """";

    public const string SchemaPrinted = """"
        """Care platform schema."""
        schema @link(url: "https://example.com/care") {
          query: Query
          mutation: Mutation
        }

        "When something happened, as an ISO-8601 string."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        scalar Money

        interface Node {
          id: ID!
        }

        interface Auditable implements Node {
          id: ID!
          updatedAt: DateTime
        }

        """
        A patient's path through care.

        Indented lines keep their extra indentation:
            like this one.
        """
        type Journey implements Node & Auditable @key(fields: "id") {
          id: ID!
          updatedAt: DateTime
          "Steps in the order they happen."
          steps(
            "Only steps at or after this time."
            since: DateTime
            first: Int = 10 @deprecated(reason: "Use `window`.")
            window: Window = {from: 0, to: 10}
          ): [Step!]! @cost(weight: 2)
          pathway: CarePathway
        }

        type Query {
          journey(id: ID!): Journey
          search(text: String!, kinds: [SearchKind!] = [PATIENT, PROVIDER]): [SearchResult!]!
        }

        type Placeholder

        union SearchResult @searchable = Journey | CarePathway

        union Empty

        enum SearchKind @flags {
          "A person receiving care."
          PATIENT
          PROVIDER @deprecated
          """A plan."""
          PLAN
        }

        enum Unknown

        input Window @oneOf {
          from: Int
          to: Int = 100
          "Inclusive."
          inclusive: Boolean! = true @internal
        }

        input Filter

        directive @cost(weight: Int!) on FIELD_DEFINITION | OBJECT

        "Marks things callers should stop using."
        directive @deprecated(reason: String = "No longer supported") repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

        directive @trace on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @audit

        extend schema {
          subscription: Subscription
        }

        extend scalar Money @currency(code: "EUR")

        extend type Journey implements Trackable

        extend type Journey @shareable

        extend type Journey {
          priorAuthorization: PriorAuthorization
        }

        extend interface Node @entity

        extend interface Auditable implements Trackable {
          trackedAt: DateTime
        }

        extend union SearchResult = PriorAuthorization

        extend union SearchResult @searchable

        extend enum SearchKind {
          QUOTE_LINE
        }

        extend enum SearchKind @extended

        extend input Window {
          timeZone: String
        }

        extend input Window @validated
        """";
}
