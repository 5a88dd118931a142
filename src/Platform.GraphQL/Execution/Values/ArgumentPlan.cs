using System.Collections.Immutable;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>An argument that cannot be coerced: the message (graphql-js's wording) and the node it is reported at.</summary>
internal sealed record ArgumentError(string Message, SyntaxNode Node);

/// <summary>
/// CoerceArgumentValues for one field of a plan. Arguments written without variables are coerced
/// once, when the plan is built, and the result (or error) is shared by every request; the others
/// are coerced per request.
/// </summary>
internal sealed class ArgumentPlan
{
    public static readonly ArgumentPlan None = new(ArgumentValues.Empty, null, [], null);

    private readonly ArgumentValues? _constant;
    private readonly ArgumentError? _constantError;
    private readonly ImmutableArray<InputValueDefinition> _definitions;
    private readonly FieldNode? _node;

    private ArgumentPlan(ArgumentValues? constant, ArgumentError? constantError, ImmutableArray<InputValueDefinition> definitions, FieldNode? node)
    {
        _constant = constant;
        _constantError = constantError;
        _definitions = definitions;
        _node = node;
    }

    /// <summary>Arguments come from the first node of a merged field: validation makes them equal in all.</summary>
    public static ArgumentPlan Prepare(FieldDefinition definition, FieldNode node)
    {
        if (definition.Arguments.IsEmpty)
        {
            return None;
        }

        foreach (var argument in node.Arguments)
        {
            if (ContainsVariable(argument.Value))
            {
                return new ArgumentPlan(null, null, definition.Arguments, node);
            }
        }

        var values = Coerce(definition.Arguments, node.Arguments, node, null, out var error);
        return new ArgumentPlan(values, error, [], null);
    }

    public ArgumentValues? GetValues(IReadOnlyDictionary<string, object?> variables, out ArgumentError? error)
    {
        if (_node is null)
        {
            error = _constantError;
            return _constant;
        }

        return Coerce(_definitions, _node.Arguments, _node, variables, out error);
    }

    /// <summary>CoerceArgumentValues; null with <paramref name="error"/> set when an argument is wrong.</summary>
    public static ArgumentValues? Coerce(
        ImmutableArray<InputValueDefinition> definitions,
        ImmutableArray<ArgumentNode> nodes,
        SyntaxNode owner,
        IReadOnlyDictionary<string, object?>? variables,
        out ArgumentError? error)
    {
        error = null;
        var values = new ArgumentValues(definitions.Length);
        foreach (var definition in definitions)
        {
            var node = Find(nodes, definition.Name);
            if (node is null)
            {
                if (definition.DefaultValue is not null)
                {
                    values.Add(definition.Name, LiteralCoercion.DefaultOf(definition));
                }
                else if (definition.Type is NonNullType)
                {
                    error = new($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", owner);
                    return null;
                }

                continue;
            }

            var literal = node.Value;
            var isNull = literal is NullValueNode;
            if (literal is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.DefaultValue is not null)
                    {
                        values.Add(definition.Name, LiteralCoercion.DefaultOf(definition));
                    }
                    else if (definition.Type is NonNullType)
                    {
                        error = new(
                            $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            literal);
                        return null;
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                error = new($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", literal);
                return null;
            }

            if (!LiteralCoercion.TryCoerce(literal, definition.Type, variables, out var value))
            {
                error = new($"Argument \"{definition.Name}\" has invalid value {Printer.Print(literal)}.", literal);
                return null;
            }

            values.Add(definition.Name, value);
        }

        return values;
    }

    private static ArgumentNode? Find(ImmutableArray<ArgumentNode> nodes, string name)
    {
        foreach (var node in nodes)
        {
            if (node.Name.Value == name)
            {
                return node;
            }
        }

        return null;
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(field => ContainsVariable(field.Value)),
        _ => false,
    };
}
