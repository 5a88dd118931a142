using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Relay;

/// <summary>
/// Global object identification: the object types a client may fetch again by id, each with the
/// fetcher that loads them. <see cref="AddTo"/> adds the <c>Node</c> interface, makes every
/// registered type implement it, and adds <c>node(id: ID!): Node</c> and
/// <c>nodes(ids: [ID!]!): [Node]!</c> to the query type. A registered type needs the field
/// <c>id: ID!</c> returning its <see cref="NodeId"/> (in code-first, a <see cref="NodeId"/> property named <c>Id</c>).
/// </summary>
/// <example>
/// <code>
/// var builder = new CodeFirstSchema().AddQuery&lt;PatientQueries&gt;().AddTo(new SchemaBuilder());
/// new NodeTypes()
///     .Add&lt;Patient&gt;((ids, context) =&gt; LoadPatients(ids, context.CancellationToken))
///     .AddTo(builder);
/// var schema = builder.Build();
/// </code>
/// </example>
public sealed class NodeTypes
{
    private readonly Dictionary<string, Func<IReadOnlyList<string>, IResolverContext, ValueTask<IReadOnlyDictionary<string, object>>>> _fetchers = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _typeNames = [];

    /// <summary>
    /// Registers object type <typeparamref name="T"/> (GraphQL name <paramref name="typeName"/>, else as
    /// code-first names it). <paramref name="fetch"/> gets local ids and returns the nodes found, by
    /// local id; <c>nodes(ids:)</c> calls it once per type for all requested ids of that type.
    /// </summary>
    /// <exception cref="InvalidOperationException">The type name or CLR type is already registered.</exception>
    public NodeTypes Add<T>(Func<IReadOnlyList<string>, IResolverContext, ValueTask<IReadOnlyDictionary<string, T>>> fetch, string? typeName = null)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        typeName ??= ClrNaming.TypeName(typeof(T));
        if (!_typeNames.TryAdd(typeof(T), typeName) || !_fetchers.TryAdd(typeName, async (ids, context) =>
            (await fetch(ids, context).ConfigureAwait(false)).ToDictionary(pair => pair.Key, pair => (object)pair.Value, StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"Node type {typeName} ({typeof(T).FullName}) is registered twice.");
        }

        return this;
    }

    /// <summary>Adds the <c>Node</c> interface, the registered types' implementations of it and the root fields to <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder that defines the registered types and the query type.</param>
    /// <param name="queryTypeName">The name of the query root type.</param>
    public SchemaBuilder AddTo(SchemaBuilder builder, string queryTypeName = "Query")
    {
        ArgumentNullException.ThrowIfNull(builder);
        var implementations = string.Concat(_fetchers.Keys.Select(name => $"\nextend type {name} implements Node"));
        builder.AddSdl($$"""
            "An object with a global id; fetch it again with `node(id:)`."
            interface Node {
              "The object's opaque global id."
              id: ID!
            }

            extend type {{queryTypeName}} {
              "The object with this global id, or null when there is none."
              node(id: ID!): Node
              "The objects with these global ids, in order; null where there is none."
              nodes(ids: [ID!]!): [Node]!
            }
            {{implementations}}
            """, "relay-node.graphql");
        builder.AddResolver(queryTypeName, "node", async context =>
            (await FetchAsync([NodeId.Parse((string)context.Arguments["id"]!)], context).ConfigureAwait(false))[0]);
        builder.AddResolver(queryTypeName, "nodes", async context =>
            await FetchAsync([.. ((IEnumerable<object?>)context.Arguments["ids"]!).Select(id => NodeId.Parse((string)id!))], context).ConfigureAwait(false));
        builder.AddTypeResolver("Node", (value, _) => _typeNames.GetValueOrDefault(value.GetType()));
        return builder;
    }

    /// <summary>One fetch per type; an id of a type that is not registered, or not found, gives null.</summary>
    private async Task<object?[]> FetchAsync(NodeId[] ids, IResolverContext context)
    {
        var found = new Dictionary<NodeId, object>();
        foreach (var group in ids.GroupBy(id => id.TypeName, StringComparer.Ordinal))
        {
            if (_fetchers.TryGetValue(group.Key, out var fetch))
            {
                var localIds = group.Select(id => id.LocalId).Distinct(StringComparer.Ordinal).ToList();
                foreach (var (localId, node) in await fetch(localIds, context).ConfigureAwait(false))
                {
                    found[new NodeId(group.Key, localId)] = node;
                }
            }
        }

        return [.. ids.Select(id => found.GetValueOrDefault(id))];
    }
}
