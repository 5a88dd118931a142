using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// A built, validated and immutable GraphQL schema: its root types, every named type (including
/// the introspection types and the scalars in use) and every directive. Made by
/// <see cref="SchemaBuilder.Build"/>; safe to share between threads and requests.
/// </summary>
public sealed partial class Schema
{
    private readonly FrozenDictionary<string, NamedType> _typesByName;
    private readonly FrozenDictionary<string, DirectiveDefinition> _directivesByName;

    internal Schema(SchemaParts parts)
    {
        Description = parts.Description;
        QueryType = parts.QueryType;
        MutationType = parts.MutationType;
        SubscriptionType = parts.SubscriptionType;
        AppliedDirectives = parts.AppliedDirectives;
        Types = parts.Types;
        Directives = parts.Directives;
        TypeNameField = parts.TypeNameField;
        SchemaField = parts.SchemaField;
        TypeField = parts.TypeField;
        _typesByName = parts.Types.ToFrozenDictionary(type => type.Name, StringComparer.Ordinal);
        _directivesByName = parts.Directives.ToFrozenDictionary(directive => directive.Name, StringComparer.Ordinal);
    }

    /// <summary>Markdown documentation of the schema; null when there is none.</summary>
    public string? Description { get; }

    /// <summary>The root type of queries.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type of mutations; null when the schema has none.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type of subscriptions; null when the schema has none.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The directives applied to the schema definition and its extensions, as written.</summary>
    public ImmutableArray<DirectiveNode> AppliedDirectives { get; }

    /// <summary>
    /// Every named type: those defined, in the order they were added, then the scalars only
    /// referred to, then the introspection types.
    /// </summary>
    public ImmutableArray<NamedType> Types { get; }

    /// <summary>Every directive the schema accepts: the built-in ones, then those defined, in the order they were added.</summary>
    public ImmutableArray<DirectiveDefinition> Directives { get; }

    /// <summary><c>__typename: String!</c>, which every object, interface and union type answers.</summary>
    public FieldDefinition TypeNameField { get; }

    /// <summary><c>__schema: __Schema!</c>, which the query root type answers.</summary>
    public FieldDefinition SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, which the query root type answers.</summary>
    public FieldDefinition TypeField { get; }

    /// <summary>The type named <paramref name="name"/>, or null.</summary>
    public NamedType? FindType(string name) => _typesByName.GetValueOrDefault(name);

    /// <summary>Finds a type by name.</summary>
    public bool TryGetType(string name, [NotNullWhen(true)] out NamedType? type) => _typesByName.TryGetValue(name, out type);

    /// <summary>The directive named <paramref name="name"/> (without the <c>@</c>), or null.</summary>
    public DirectiveDefinition? FindDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>The root type of <paramref name="operation"/>; null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>
    /// The definition of field <paramref name="fieldName"/> selected on <paramref name="parentType"/>,
    /// meta-fields included: <c>__typename</c> on any object, interface or union type, <c>__schema</c>
    /// and <c>__type</c> on the query root type. Null when there is no such field.
    /// </summary>
    public FieldDefinition? FindField(NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            if (fieldName == TypeNameField.Name && parentType is ComplexType or UnionType)
            {
                return TypeNameField;
            }

            if (ReferenceEquals(parentType, QueryType))
            {
                if (fieldName == SchemaField.Name)
                {
                    return SchemaField;
                }

                if (fieldName == TypeField.Name)
                {
                    return TypeField;
                }
            }
        }

        return (parentType as ComplexType)?.FindField(fieldName);
    }
}

/// <summary>What the builder hands the schema's constructor.</summary>
internal sealed record SchemaParts(
    string? Description,
    ObjectType QueryType,
    ObjectType? MutationType,
    ObjectType? SubscriptionType,
    ImmutableArray<DirectiveNode> AppliedDirectives,
    ImmutableArray<NamedType> Types,
    ImmutableArray<DirectiveDefinition> Directives,
    FieldDefinition TypeNameField,
    FieldDefinition SchemaField,
    FieldDefinition TypeField);
