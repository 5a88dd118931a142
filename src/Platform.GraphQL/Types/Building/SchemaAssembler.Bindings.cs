namespace Platform.GraphQL.Types;

/// <summary>Attaching the resolvers and enum values given to the builder, and reporting any that point nowhere.</summary>
internal sealed partial class SchemaAssembler
{
    private void BindBehaviour()
    {
        foreach (var ((typeName, fieldName), resolver) in inputs.Resolvers)
        {
            var coordinate = $"{typeName}.{fieldName}";
            var problem = _entriesByName.GetValueOrDefault(typeName)?.Type switch
            {
                null => $"type {typeName} is not defined.",
                ObjectType objectType when objectType.FindField(fieldName) is { } field => Bind(field, resolver),
                ObjectType => $"{typeName} has no field \"{fieldName}\".",
                var other => $"{typeName} is {Article(other)}; only fields of object types have resolvers.",
            };
            if (problem is not null)
            {
                Error($"Cannot bind a resolver to {coordinate}: {problem}", coordinate);
            }
        }

        foreach (var ((typeName, fieldName), subscriber) in inputs.Subscribers)
        {
            var coordinate = $"{typeName}.{fieldName}";
            var problem = _entriesByName.GetValueOrDefault(typeName)?.Type switch
            {
                null => $"type {typeName} is not defined.",
                ObjectType objectType when objectType.FindField(fieldName) is { } field => Subscribe(field, subscriber),
                ObjectType => $"{typeName} has no field \"{fieldName}\".",
                var other => $"{typeName} is {Article(other)}; only fields of the subscription type have event sources.",
            };
            if (problem is not null)
            {
                Error($"Cannot bind a subscriber to {coordinate}: {problem}", coordinate);
            }
        }

        foreach (var (typeName, resolver) in inputs.TypeResolvers)
        {
            switch (_entriesByName.GetValueOrDefault(typeName)?.Type)
            {
                case InterfaceType interfaceType:
                    interfaceType.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                case null:
                    Error($"Cannot bind a type resolver to {typeName}: the type is not defined.", typeName);
                    break;
                case var other:
                    Error($"Cannot bind a type resolver to {typeName}: it is {Article(other)}, not an interface or union.", typeName);
                    break;
            }
        }

        foreach (var (enumName, valueName) in inputs.EnumValues.Keys)
        {
            var enumType = _entriesByName.GetValueOrDefault(enumName)?.Type as EnumType;
            if (enumType is null || !enumType.TryGetValue(valueName, out _))
            {
                var coordinate = $"{enumName}.{valueName}";
                Error($"Cannot bind a runtime value to {coordinate}: {(enumType is null ? $"{enumName} is not a defined enum type" : $"{enumName} has no value {valueName}")}.", coordinate);
            }
        }
    }

    private static string? Bind(FieldDefinition field, FieldResolver resolver)
    {
        field.Resolver = resolver;
        return null;
    }

    private static string? Subscribe(FieldDefinition field, SubscriptionResolver subscriber)
    {
        field.Subscriber = subscriber;
        return null;
    }

    private static string Article(NamedType type) => type.Kind switch
    {
        TypeKind.Object => "an object type",
        TypeKind.Interface => "an interface",
        TypeKind.InputObject => "an input object type",
        TypeKind.Enum => "an enum type",
        TypeKind.Union => "a union type",
        _ => "a scalar type",
    };
}
