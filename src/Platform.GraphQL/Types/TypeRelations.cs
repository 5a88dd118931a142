namespace Platform.GraphQL.Types;

/// <summary>
/// The type relations validation needs: subtyping and overlap. They read what the types of a built
/// schema record about each other (possible types, declared interfaces), so no schema is passed.
/// </summary>
public static class TypeRelations
{
    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a subtype of the abstract type: an object type that
    /// is one of its possible types, or an interface that implements it.
    /// </summary>
    public static bool IsSubType(IAbstractType abstractType, NamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        return maybeSubType switch
        {
            ObjectType objectType => abstractType.IsPossibleType(objectType),
            InterfaceType interfaceType => abstractType is InterfaceType super && super.IsImplementedBy(interfaceType),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always a valid value of <paramref name="superType"/>:
    /// the same type, a non-null version of it, a list of subtypes for a list, or a subtype of an abstract type.
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(maybeSubType);
        ArgumentNullException.ThrowIfNull(superType);
        while (true)
        {
            if (maybeSubType.IsSameType(superType))
            {
                return true;
            }

            switch (superType, maybeSubType)
            {
                case (NonNullType super, NonNullType sub):
                    (maybeSubType, superType) = (sub.OfType, super.OfType);
                    continue;
                case (NonNullType, _):
                    return false;
                case (_, NonNullType sub):
                    maybeSubType = sub.OfType;
                    continue;
                case (ListType super, ListType sub):
                    (maybeSubType, superType) = (sub.OfType, super.OfType);
                    continue;
                case (ListType, _) or (_, ListType):
                    return false;
                case (IAbstractType super, ComplexType sub):
                    return IsSubType(super, sub);
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Whether two composite types (object, interface, union) can describe the same value: they share
    /// at least one possible object type. Decides whether a fragment can apply in a given place.
    /// </summary>
    public static bool DoTypesOverlap(NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(typeA);
        ArgumentNullException.ThrowIfNull(typeB);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        return (typeA, typeB) switch
        {
            (IAbstractType a, IAbstractType b) => a.PossibleTypes.Any(b.IsPossibleType),
            (IAbstractType a, _) => IsSubType(a, typeB),
            (_, IAbstractType b) => IsSubType(b, typeA),
            _ => false,
        };
    }
}
