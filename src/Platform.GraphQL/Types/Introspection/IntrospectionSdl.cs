using System.Collections.Frozen;

namespace Platform.GraphQL.Types;

/// <summary>
/// The introspection types of the specification's "Schema Introspection" section, with
/// <c>isOneOf</c>, <c>specifiedByURL</c>, <c>isRepeatable</c> and the <c>includeDeprecated</c>
/// arguments. Their resolvers belong to the execution layer.
/// </summary>
internal static class IntrospectionSdl
{
    public static readonly FrozenSet<string> TypeNames = FrozenSet.Create(
        StringComparer.Ordinal, "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation");

    public const string Text = """
        "The schema's capabilities: its types, directives and the roots of its operations."
        type __Schema {
          description: String
          "Every type in the schema."
          types: [__Type!]!
          "The root type of queries."
          queryType: __Type!
          "The root type of mutations, if the schema has mutations."
          mutationType: __Type
          "The root type of subscriptions, if the schema has subscriptions."
          subscriptionType: __Type
          "Every directive the schema accepts."
          directives: [__Directive!]!
        }

        "A type of the schema, or a list or non-null wrapper of one. Which fields apply depends on `kind`."
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        "What kind of type a `__Type` describes."
        enum __TypeKind {
          "A scalar."
          SCALAR
          "An object type; `fields` and `interfaces` apply."
          OBJECT
          "An interface; `fields`, `interfaces` and `possibleTypes` apply."
          INTERFACE
          "A union; `possibleTypes` applies."
          UNION
          "An enum; `enumValues` applies."
          ENUM
          "An input object; `inputFields` applies."
          INPUT_OBJECT
          "A list; `ofType` applies."
          LIST
          "A non-null type; `ofType` applies."
          NON_NULL
        }

        "A field of an object or interface type."
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "An argument of a field or directive, or a field of an input object."
        type __InputValue {
          name: String!
          description: String
          type: __Type!
          "The default value as a GraphQL literal, if there is one."
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "A value of an enum type."
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "A directive the schema accepts, and where it may be used."
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        "Where a directive may be used."
        enum __DirectiveLocation {
          "On a query operation."
          QUERY
          "On a mutation operation."
          MUTATION
          "On a subscription operation."
          SUBSCRIPTION
          "On a field selection."
          FIELD
          "On a fragment definition."
          FRAGMENT_DEFINITION
          "On a fragment spread."
          FRAGMENT_SPREAD
          "On an inline fragment."
          INLINE_FRAGMENT
          "On a variable definition."
          VARIABLE_DEFINITION
          "On the schema definition."
          SCHEMA
          "On a scalar definition."
          SCALAR
          "On an object type definition."
          OBJECT
          "On a field definition."
          FIELD_DEFINITION
          "On an argument definition."
          ARGUMENT_DEFINITION
          "On an interface definition."
          INTERFACE
          "On a union definition."
          UNION
          "On an enum definition."
          ENUM
          "On an enum value definition."
          ENUM_VALUE
          "On an input object type definition."
          INPUT_OBJECT
          "On an input field definition."
          INPUT_FIELD_DEFINITION
        }
        """;
}
