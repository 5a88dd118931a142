namespace Platform.GraphQL.Types;

/// <summary>IsValidImplementation: an object or interface type is a valid implementation of each interface it declares.</summary>
internal sealed partial class SchemaValidator
{
    private void CheckImplementations(ComplexType type)
    {
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.Name);
                continue;
            }

            CheckTransitiveInterfaces(type, implemented);
            CheckImplementedFields(type, implemented);
        }
    }

    /// <summary>A type declares every interface its interfaces implement.</summary>
    private void CheckTransitiveInterfaces(ComplexType type, InterfaceType implemented)
    {
        foreach (var transitive in implemented.Interfaces)
        {
            if (!type.Implements(transitive))
            {
                Error(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.",
                    type.Name);
            }
        }
    }

    private void CheckImplementedFields(ComplexType type, InterfaceType implemented)
    {
        foreach (var interfaceField in implemented.Fields)
        {
            var field = type.FindField(interfaceField.Name);
            if (field is null)
            {
                Error($"Interface field {interfaceField.Coordinate} expected but {type.Name} does not provide it.", $"{type.Name}.{interfaceField.Name}");
                continue;
            }

            if (!IsValidImplementationFieldType(field.Type, interfaceField.Type))
            {
                Error($"Interface field {interfaceField.Coordinate} expects type {interfaceField.Type} but {field.Coordinate} is type {field.Type}.", field.Coordinate);
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.FindArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    Error($"Interface field argument {interfaceArgument.Coordinate} expected but {field.Coordinate} does not provide it.", field.Coordinate);
                }
                else if (!argument.Type.IsSameType(interfaceArgument.Type) && !ContainsMissingType(argument.Type, interfaceArgument.Type))
                {
                    // Arguments are inputs: a narrower or wider type would break callers of the interface, so they are invariant.
                    Error(
                        $"Interface field argument {interfaceArgument.Coordinate} expects type {interfaceArgument.Type} but {argument.Coordinate} is type {argument.Type}.",
                        argument.Coordinate);
                }
            }

            foreach (var argument in field.Arguments)
            {
                if (argument.IsRequired && interfaceField.FindArgument(argument.Name) is null)
                {
                    var kind = type is ObjectType ? "Object" : "Interface";
                    Error(
                        $"{kind} field {field.Coordinate} includes required argument {argument.Name} that is missing from the Interface field {interfaceField.Coordinate}.",
                        argument.Coordinate);
                }
            }
        }
    }

    /// <summary>Field types are covariant: non-null may narrow a nullable type, lists compare item-wise, and a subtype may replace its supertype.</summary>
    private static bool IsValidImplementationFieldType(GraphQLType fieldType, GraphQLType implementedType)
    {
        while (true)
        {
            if (ContainsMissingType(fieldType, implementedType))
            {
                return true;
            }

            switch (fieldType, implementedType)
            {
                case (NonNullType field, _):
                    (fieldType, implementedType) = (field.OfType, implementedType.Nullable);
                    continue;
                case (ListType field, ListType implemented):
                    (fieldType, implementedType) = (field.OfType, implemented.OfType);
                    continue;
                default:
                    return IsSubType(fieldType, implementedType);
            }
        }
    }

    private static bool IsSubType(GraphQLType maybeSubType, GraphQLType superType) => (maybeSubType, superType) switch
    {
        _ when maybeSubType.IsSameType(superType) => true,
        (ObjectType objectType, UnionType union) => union.Types.Contains(objectType),
        (ComplexType complex, InterfaceType interfaceType) => complex.Implements(interfaceType),
        _ => false,
    };

    /// <summary>An unknown type was already reported; comparing against its stand-in would only add noise.</summary>
    private static bool ContainsMissingType(GraphQLType a, GraphQLType b) => a.GetNamedType() is MissingType || b.GetNamedType() is MissingType;
}
