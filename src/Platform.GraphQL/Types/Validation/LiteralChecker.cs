using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// Whether a constant literal is a valid value of an input type, by the rules of input coercion;
/// used for default values and for the arguments of directives applied in the schema.
/// </summary>
internal static class LiteralChecker
{
    /// <summary>The first problem found, worded like the reference implementation's ValuesOfCorrectType; null when the literal is valid.</summary>
    public static string? FindProblem(ValueNode value, GraphQLType type)
    {
        if (value is VariableNode)
        {
            return $"Expected value of type \"{type}\", found {Printer.Print(value)}; variables are not allowed in constant values.";
        }

        if (type is NonNullType nonNull)
        {
            return value is NullValueNode
                ? $"Expected value of type \"{type}\", found null."
                : FindProblemInNullable(value, nonNull.OfType, type);
        }

        return FindProblemInNullable(value, type, type);
    }

    private static string? FindProblemInNullable(ValueNode value, GraphQLType type, GraphQLType locationType)
    {
        if (value is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                // A single value where a list is expected is coerced to a list of one.
                return value is ListValueNode items
                    ? items.Values.Select(item => FindProblem(item, list.OfType)).FirstOrDefault(problem => problem is not null)
                    : FindProblem(value, list.OfType);
            case InputObjectType inputObject:
                return value is ObjectValueNode fields
                    ? FindProblemInObject(fields, inputObject)
                    : $"Expected value of type \"{locationType}\", found {Printer.Print(value)}.";
            case MissingType:
                return null;
            case LeafType leaf:
                try
                {
                    leaf.ParseLiteral(value);
                    return null;
                }
                catch (CoercionException exception)
                {
                    return $"Expected value of type \"{locationType}\", found {Printer.Print(value)}; {exception.Message}";
                }

            default:
                return $"Expected value of type \"{locationType}\", found {Printer.Print(value)}.";
        }
    }

    private static string? FindProblemInObject(ObjectValueNode value, InputObjectType type)
    {
        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in value.Fields)
        {
            if (!given.TryAdd(field.Name.Value, field.Value))
            {
                return $"There can be only one input field named \"{field.Name.Value}\".";
            }

            if (!type.TryGetField(field.Name.Value, out _))
            {
                return $"Field \"{field.Name.Value}\" is not defined by type \"{type.Name}\".";
            }
        }

        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var fieldValue))
            {
                if (FindProblem(fieldValue, field.Type) is { } problem)
                {
                    return problem;
                }
            }
            else if (field.IsRequired)
            {
                return $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.";
            }
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                return $"OneOf Input Object \"{type.Name}\" must specify exactly one key.";
            }

            var (name, only) = given.First();
            if (only is NullValueNode)
            {
                return $"Field \"{type.Name}.{name}\" must be non-null.";
            }
        }

        return null;
    }
}
