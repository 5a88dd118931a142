using System.Runtime.CompilerServices;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Input coercion of a variable's value (JSON or CLR) to an input type: non-null checks, a single
/// value into a list of one, input objects with their defaults, unknown fields and OneOf rules,
/// leaves through <see cref="LeafType.ParseValue"/>. Problems go to the reporter with their path.
/// </summary>
internal static class InputCoercion
{
    public static object? Coerce(object? value, GraphQLType type, VariableCoercion reporter) => Coerce(value, type, null, reporter);

    private static object? Coerce(object? value, GraphQLType type, InputPath? path, VariableCoercion reporter)
    {
        if (type is NonNullType nonNull)
        {
            if (InputShape.IsNull(value))
            {
                reporter.ReportInvalid(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            type = nonNull.OfType;
        }

        if (InputShape.IsNull(value))
        {
            return null;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (type)
        {
            case ListType list when InputShape.IsList(value):
                var items = InputShape.Items(value!);
                var result = new object?[items.Count];
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] = Coerce(items[i], list.OfType, new InputPath(path, i), reporter);
                }

                return result;
            case ListType list:
                return new[] { Coerce(value, list.OfType, path, reporter) };
            case InputObjectType inputObject:
                return CoerceObject(value!, inputObject, path, reporter);
            case LeafType leaf:
                return ParseLeaf(value!, leaf, path, reporter);
            default:
                reporter.ReportInvalid(path, value, $"Expected an input type, found \"{type}\".");
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceObject(object value, InputObjectType type, InputPath? path, VariableCoercion reporter)
    {
        if (!InputShape.IsObject(value))
        {
            reporter.ReportInvalid(path, value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(type.Fields.Length, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (InputShape.TryGetField(value, field.Name, out var fieldValue))
            {
                result[field.Name] = Coerce(fieldValue, field.Type, new InputPath(path, field.Name), reporter);
            }
            else if (field.DefaultValue is not null)
            {
                result[field.Name] = LiteralCoercion.DefaultOf(field);
            }
            else if (field.Type is NonNullType)
            {
                reporter.ReportInvalid(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        foreach (var name in InputShape.FieldNames(value))
        {
            if (!type.TryGetField(name, out _))
            {
                reporter.ReportInvalid(path, value, $"Field \"{name}\" is not defined by type \"{type.Name}\".");
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                reporter.ReportInvalid(path, value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            foreach (var (key, fieldValue) in result)
            {
                if (fieldValue is null)
                {
                    reporter.ReportInvalid(new InputPath(path, key), null, $"Field \"{key}\" must be non-null.");
                }

                break;
            }
        }

        return result;
    }

    private static object? ParseLeaf(object value, LeafType leaf, InputPath? path, VariableCoercion reporter)
    {
        try
        {
            return leaf.ParseValue(value);
        }
        catch (CoercionException exception)
        {
            reporter.ReportInvalid(path, value, exception.Message);
        }
#pragma warning disable CA1031 // A custom scalar may throw anything; the client gets a coercion error, not a crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            reporter.ReportInvalid(path, value, $"Expected type \"{leaf.Name}\". {exception.Message}");
        }

        return null;
    }
}
