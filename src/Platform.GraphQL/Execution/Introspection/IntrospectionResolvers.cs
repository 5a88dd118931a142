using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>Resolves a field of an introspection type synchronously, from the type system objects themselves.</summary>
internal delegate object? IntrospectionResolver(object source, ArgumentValues arguments, Schema schema);

/// <summary>
/// The resolvers of <c>__schema</c>, <c>__type</c> and the fields of the introspection types
/// (specification section "Schema Introspection", September 2025 edition). Sources are the schema
/// model: <see cref="Schema"/> for <c>__Schema</c>, <see cref="GraphQLType"/> for <c>__Type</c>,
/// <see cref="FieldDefinition"/>, <see cref="InputValueDefinition"/>, <see cref="EnumValueDefinition"/>
/// and <see cref="DirectiveDefinition"/>. Lists are the model's own arrays unless deprecated
/// members have to be left out.
/// </summary>
internal static class IntrospectionResolvers
{
    private const string IncludeDeprecated = "includeDeprecated";

    private static readonly FrozenDictionary<(string Type, string Field), IntrospectionResolver> _resolvers =
        new Dictionary<(string Type, string Field), IntrospectionResolver>
        {
            [("__Schema", "description")] = (source, _, _) => ((Schema)source).Description,
            [("__Schema", "types")] = (source, _, _) => Array(((Schema)source).Types),
            [("__Schema", "queryType")] = (source, _, _) => ((Schema)source).QueryType,
            [("__Schema", "mutationType")] = (source, _, _) => ((Schema)source).MutationType,
            [("__Schema", "subscriptionType")] = (source, _, _) => ((Schema)source).SubscriptionType,
            [("__Schema", "directives")] = (source, _, _) => Array(((Schema)source).Directives),

            [("__Type", "kind")] = (source, _, _) => KindName(((GraphQLType)source).Kind),
            [("__Type", "name")] = (source, _, _) => (source as NamedType)?.Name,
            [("__Type", "description")] = (source, _, _) => (source as NamedType)?.Description,
            [("__Type", "specifiedByURL")] = (source, _, _) => (source as ScalarType)?.SpecifiedByUrl,
            [("__Type", "fields")] = (source, arguments, _) =>
                source is ComplexType complex ? Visible(complex.Fields, arguments, static field => field.IsDeprecated) : null,
            [("__Type", "interfaces")] = (source, _, _) => source is ComplexType complex ? Array(complex.Interfaces) : null,
            [("__Type", "possibleTypes")] = (source, _, _) => source is IAbstractType abstractType ? Array(abstractType.PossibleTypes) : null,
            [("__Type", "enumValues")] = (source, arguments, _) =>
                source is EnumType enumType ? Visible(enumType.Values, arguments, static value => value.IsDeprecated) : null,
            [("__Type", "inputFields")] = (source, arguments, _) =>
                source is InputObjectType input ? Visible(input.Fields, arguments, static field => field.IsDeprecated) : null,
            [("__Type", "ofType")] = (source, _, _) => source switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            },
            [("__Type", "isOneOf")] = (source, _, _) => source is InputObjectType input ? input.IsOneOf : null,

            [("__Field", "name")] = (source, _, _) => ((FieldDefinition)source).Name,
            [("__Field", "description")] = (source, _, _) => ((FieldDefinition)source).Description,
            [("__Field", "args")] = (source, arguments, _) =>
                Visible(((FieldDefinition)source).Arguments, arguments, static argument => argument.IsDeprecated),
            [("__Field", "type")] = (source, _, _) => ((FieldDefinition)source).Type,
            [("__Field", "isDeprecated")] = (source, _, _) => ((FieldDefinition)source).IsDeprecated,
            [("__Field", "deprecationReason")] = (source, _, _) => ((FieldDefinition)source).DeprecationReason,

            [("__InputValue", "name")] = (source, _, _) => ((InputValueDefinition)source).Name,
            [("__InputValue", "description")] = (source, _, _) => ((InputValueDefinition)source).Description,
            [("__InputValue", "type")] = (source, _, _) => ((InputValueDefinition)source).Type,
            [("__InputValue", "defaultValue")] = (source, _, _) => DefaultValueText.Of((InputValueDefinition)source),
            [("__InputValue", "isDeprecated")] = (source, _, _) => ((InputValueDefinition)source).IsDeprecated,
            [("__InputValue", "deprecationReason")] = (source, _, _) => ((InputValueDefinition)source).DeprecationReason,

            [("__EnumValue", "name")] = (source, _, _) => ((EnumValueDefinition)source).Name,
            [("__EnumValue", "description")] = (source, _, _) => ((EnumValueDefinition)source).Description,
            [("__EnumValue", "isDeprecated")] = (source, _, _) => ((EnumValueDefinition)source).IsDeprecated,
            [("__EnumValue", "deprecationReason")] = (source, _, _) => ((EnumValueDefinition)source).DeprecationReason,

            [("__Directive", "name")] = (source, _, _) => ((DirectiveDefinition)source).Name,
            [("__Directive", "description")] = (source, _, _) => ((DirectiveDefinition)source).Description,
            [("__Directive", "isRepeatable")] = (source, _, _) => ((DirectiveDefinition)source).IsRepeatable,
            [("__Directive", "locations")] = (source, _, _) => LocationNames((DirectiveDefinition)source),
            [("__Directive", "args")] = (source, arguments, _) =>
                Visible(((DirectiveDefinition)source).Arguments, arguments, static argument => argument.IsDeprecated),
        }.ToFrozenDictionary();

    private static readonly IntrospectionResolver _schema = (_, _, schema) => schema;

    private static readonly IntrospectionResolver _type = (_, arguments, schema) =>
        arguments.TryGetValue("name", out var name) && name is string typeName ? schema.FindType(typeName) : null;

    private static readonly string[] _kindNames = ["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"];

    /// <summary>The resolver of <paramref name="field"/> on <paramref name="parentType"/> when the engine owns it; else null.</summary>
    public static IntrospectionResolver? Find(Schema schema, ObjectType parentType, FieldDefinition field)
    {
        if (ReferenceEquals(field, schema.SchemaField))
        {
            return _schema;
        }

        if (ReferenceEquals(field, schema.TypeField))
        {
            return _type;
        }

        return parentType.IsIntrospectionType ? _resolvers.GetValueOrDefault((parentType.Name, field.Name)) : null;
    }

    private static string KindName(TypeKind kind) => _kindNames[(int)kind];

    // The model's own array, seen as a list without copying.
    private static T[] Array<T>(ImmutableArray<T> items) => ImmutableCollectionsMarshal.AsArray(items) ?? [];

    private static IReadOnlyList<T> Visible<T>(ImmutableArray<T> items, ArgumentValues arguments, Func<T, bool> isDeprecated)
    {
        if (arguments.GetBoolean(IncludeDeprecated, fallback: false) || !items.Any(isDeprecated))
        {
            return Array(items);
        }

        var visible = new List<T>(items.Length);
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    private static string[] LocationNames(DirectiveDefinition directive)
    {
        var names = new string[directive.Locations.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = directive.Locations[i].ToGraphQLName();
        }

        return names;
    }
}
