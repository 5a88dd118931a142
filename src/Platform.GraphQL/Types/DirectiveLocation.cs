using System.Diagnostics.CodeAnalysis;
using System.Collections.Frozen;

namespace Platform.GraphQL.Types;

/// <summary>Where a directive may be applied; the values of introspection's <c>__DirectiveLocation</c>.</summary>
public enum DirectiveLocation
{
    /// <summary><c>QUERY</c>: a query operation.</summary>
    Query,

    /// <summary><c>MUTATION</c>: a mutation operation.</summary>
    Mutation,

    /// <summary><c>SUBSCRIPTION</c>: a subscription operation.</summary>
    Subscription,

    /// <summary><c>FIELD</c>: a field selection.</summary>
    Field,

    /// <summary><c>FRAGMENT_DEFINITION</c>.</summary>
    FragmentDefinition,

    /// <summary><c>FRAGMENT_SPREAD</c>.</summary>
    FragmentSpread,

    /// <summary><c>INLINE_FRAGMENT</c>.</summary>
    InlineFragment,

    /// <summary><c>VARIABLE_DEFINITION</c>.</summary>
    VariableDefinition,

    /// <summary><c>SCHEMA</c>: the schema definition.</summary>
    Schema,

    /// <summary><c>SCALAR</c>.</summary>
    Scalar,

    /// <summary><c>OBJECT</c>.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the GraphQL kind.")]
    Object,

    /// <summary><c>FIELD_DEFINITION</c>.</summary>
    FieldDefinition,

    /// <summary><c>ARGUMENT_DEFINITION</c>.</summary>
    ArgumentDefinition,

    /// <summary><c>INTERFACE</c>.</summary>
    Interface,

    /// <summary><c>UNION</c>.</summary>
    Union,

    /// <summary><c>ENUM</c>.</summary>
    Enum,

    /// <summary><c>ENUM_VALUE</c>.</summary>
    EnumValue,

    /// <summary><c>INPUT_OBJECT</c>.</summary>
    InputObject,

    /// <summary><c>INPUT_FIELD_DEFINITION</c>.</summary>
    InputFieldDefinition,
}

/// <summary>The names directive locations have in GraphQL documents and introspection.</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] _names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly FrozenDictionary<string, DirectiveLocation> _byName =
        _names.Select((name, index) => KeyValuePair.Create(name, (DirectiveLocation)index)).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The GraphQL name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToGraphQLName(this DirectiveLocation location) => _names[(int)location];

    /// <summary>The location a GraphQL name such as <c>FIELD_DEFINITION</c> denotes.</summary>
    public static bool TryParse(string name, out DirectiveLocation location) => _byName.TryGetValue(name, out location);
}

/// <summary>A set of locations as bits: membership is one mask test.</summary>
internal readonly record struct DirectiveLocationSet(int Bits)
{
    public static DirectiveLocationSet Of(IEnumerable<DirectiveLocation> locations) =>
        new(locations.Aggregate(0, (bits, location) => bits | (1 << (int)location)));

    public bool Contains(DirectiveLocation location) => (Bits & (1 << (int)location)) != 0;
}
