using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Input coercion of literals written in the document (arguments, variable and input field defaults),
/// with variables inside lists and input objects replaced by their coerced values. Returns false
/// for a literal the type cannot accept; in a validated document that only happens through variables.
/// Coerced lists are <c>object?[]</c>, coerced input objects <c>Dictionary&lt;string, object?&gt;</c>.
/// </summary>
internal static class LiteralCoercion
{
    private static readonly ConditionalWeakTable<InputValueDefinition, StrongBox<object?>> _defaults = [];

    /// <summary>The coerced default of an argument or input field (which must have one), computed once per schema.</summary>
    public static object? DefaultOf(InputValueDefinition definition) =>
        _defaults.GetValue(definition, static definition =>
            new StrongBox<object?>(TryCoerce(definition.DefaultValue!, definition.Type, null, out var value) ? value : null)).Value;

    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            // A variable the request left out has no value: invalid here, whatever the type.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        return type switch
        {
            ListType list => TryCoerceList(literal, list, variables, out value),
            InputObjectType inputObject => TryCoerceObject(literal, inputObject, variables, out value),
            LeafType leaf => TryParseLeaf(literal, leaf, out value),
            _ => false,
        };
    }

    /// <summary>Whether the literal is a variable the request gave no value.</summary>
    public static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryCoerceList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (literal is not ListValueNode items)
        {
            // A single value where a list is expected is a list of one.
            var ok = TryCoerce(literal, list.OfType, variables, out var single);
            value = ok ? new[] { single } : null;
            return ok;
        }

        var result = new object?[items.Values.Length];
        value = null;
        for (var i = 0; i < result.Length; i++)
        {
            var item = items.Values[i];
            if (IsMissingVariable(item, variables))
            {
                if (list.OfType is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(item, list.OfType, variables, out result[i]))
            {
                return false;
            }
        }

        value = result;
        return true;
    }

    private static bool TryCoerceObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode fields)
        {
            return false;
        }

        var result = new Dictionary<string, object?>(type.Fields.Length, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var node = Find(fields, field.Name);
            if (node is null || IsMissingVariable(node, variables))
            {
                if (field.DefaultValue is not null)
                {
                    result[field.Name] = DefaultOf(field);
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(node, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static ValueNode? Find(ObjectValueNode fields, string name)
    {
        foreach (var field in fields.Fields)
        {
            if (field.Name.Value == name)
            {
                return field.Value;
            }
        }

        return null;
    }

    private static bool TryParseLeaf(ValueNode literal, LeafType leaf, out object? value)
    {
        try
        {
            value = leaf.ParseLiteral(literal);
            return true;
        }
        catch (CoercionException)
        {
            value = null;
            return false;
        }
    }
}
