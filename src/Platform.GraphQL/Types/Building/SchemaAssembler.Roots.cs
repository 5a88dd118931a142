using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Root operation types, interface implementations, and the behaviour bound in the builder.</summary>
internal sealed partial class SchemaAssembler
{
    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRootTypes()
    {
        var roots = new Dictionary<OperationType, NamedType>();
        if (_schemaDefinitions.Count == 0)
        {
            // Without a schema definition the roots are the types with the conventional names.
            foreach (var operation in Enum.GetValues<OperationType>())
            {
                if (_types.TryGetValue(operation.ToString(), out var type))
                {
                    roots[operation] = type;
                }
            }
        }
        else
        {
            AddRoots(roots, _schemaDefinitions[0].OperationTypes);
        }

        foreach (var extension in _schemaExtensions)
        {
            AddRoots(roots, extension.OperationTypes);
        }

        var query = RootObject(roots, OperationType.Query);
        var mutation = RootObject(roots, OperationType.Mutation);
        var subscription = RootObject(roots, OperationType.Subscription);
        foreach (var group in roots.Where(root => root.Value is ObjectType).GroupBy(root => root.Value).Where(group => group.Count() > 1))
        {
            var operations = string.Join(" and ", group.Select(root => root.Key.ToString().ToLowerInvariant()));
            Error($"All root types must be different, \"{group.Key.Name}\" type is used as {operations} root types.", group.Key.Name);
        }

        return (query, mutation, subscription);
    }

    private void AddRoots(Dictionary<OperationType, NamedType> roots, ImmutableArray<RootOperationTypeDefinitionNode> nodes)
    {
        foreach (var node in nodes)
        {
            var operation = node.Operation.ToString().ToLowerInvariant();
            if (roots.ContainsKey(node.Operation))
            {
                Error($"There can be only one {operation} type in schema.");
                continue;
            }

            var type = ResolveNamed(node.Type.Name.Value, $"the schema's {operation} root");
            if (type is not MissingType)
            {
                roots[node.Operation] = type;
            }
        }
    }

    private ObjectType? RootObject(Dictionary<OperationType, NamedType> roots, OperationType operation)
    {
        var label = operation.ToString();
        if (!roots.TryGetValue(operation, out var type))
        {
            if (operation == OperationType.Query)
            {
                Error("Query root type must be provided.");
            }

            return null;
        }

        if (type is ObjectType objectType)
        {
            return objectType;
        }

        var ifProvided = operation == OperationType.Query ? string.Empty : " if provided";
        Error($"{label} root type must be Object type{ifProvided}, it cannot be {type.Name}.", type.Name);
        return null;
    }

    private void LinkImplementations()
    {
        var objects = new Dictionary<InterfaceType, ImmutableArray<ObjectType>.Builder>();
        var interfaces = new Dictionary<InterfaceType, ImmutableArray<InterfaceType>.Builder>();
        foreach (var type in _entries.Select(entry => entry.Type).OfType<ComplexType>())
        {
            foreach (var implemented in type.Interfaces)
            {
                if (type is ObjectType objectType)
                {
                    Builder(objects, implemented).Add(objectType);
                }
                else
                {
                    Builder(interfaces, implemented).Add((InterfaceType)type);
                }
            }
        }

        foreach (var interfaceType in _entries.Select(entry => entry.Type).OfType<InterfaceType>())
        {
            interfaceType.SetImplementations(
                objects.TryGetValue(interfaceType, out var implementingObjects) ? implementingObjects.ToImmutable() : [],
                interfaces.TryGetValue(interfaceType, out var implementingInterfaces) ? implementingInterfaces.ToImmutable() : []);
        }

        static ImmutableArray<T>.Builder Builder<T>(Dictionary<InterfaceType, ImmutableArray<T>.Builder> map, InterfaceType key)
        {
            if (!map.TryGetValue(key, out var builder))
            {
                map[key] = builder = ImmutableArray.CreateBuilder<T>();
            }

            return builder;
        }
    }
}
