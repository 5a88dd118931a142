using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// <c>__InputValue.defaultValue</c>: the coerced default written back as a literal through its type
/// and printed, as graphql-js does, so that <c>Float = 1.0</c> reads <c>1</c>, an input object
/// default lists its fields in definition order with their own defaults filled in, and a block
/// string reads as a plain string. Computed once per definition.
/// </summary>
internal static partial class DefaultValueText
{
    private static readonly ConditionalWeakTable<InputValueDefinition, string> _printed = [];

    public static string? Of(InputValueDefinition definition) =>
        definition.DefaultValue is null
            ? null
            : _printed.GetValue(definition, static definition =>
                ToLiteral(LiteralCoercion.DefaultOf(definition), definition.Type) is { } literal
                    ? Printer.Print(literal)
                    : Printer.Print(definition.DefaultValue!));

    private static ValueNode? ToLiteral(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null ? null : ToLiteral(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (type)
        {
            case ListType list when value is IList items:
                var literals = new List<ValueNode>(items.Count);
                foreach (var item in items)
                {
                    if (ToLiteral(item, list.OfType) is { } literal)
                    {
                        literals.Add(literal);
                    }
                }

                return new ListValueNode([.. literals]);
            case ListType list:
                return ToLiteral(value, list.OfType);
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                var fieldLiterals = new List<ObjectFieldNode>(input.Fields.Length);
                foreach (var field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue) && ToLiteral(fieldValue, field.Type) is { } literal)
                    {
                        fieldLiterals.Add(new ObjectFieldNode(new NameNode(field.Name), literal));
                    }
                }

                return new ObjectValueNode([.. fieldLiterals]);
            case LeafType leaf:
                return LeafLiteral(leaf, leaf.Serialize(value));
            default:
                return null;
        }
    }

    private static ValueNode? LeafLiteral(LeafType type, object serialized) => serialized switch
    {
        bool flag => new BooleanValueNode(flag),
        string text when type is EnumType => new EnumValueNode(text),
        string text when ReferenceEquals(type, BuiltInScalars.ID) && IntegerText().IsMatch(text) => new IntValueNode(text),
        string text => new StringValueNode(text),
        int or long or short or byte or sbyte or uint or ulong or ushort => new IntValueNode(Convert.ToString(serialized, CultureInfo.InvariantCulture)!),
        double or float or decimal => NumberLiteral(Convert.ToDouble(serialized, CultureInfo.InvariantCulture)),
        _ => null,
    };

    private static ValueNode? NumberLiteral(double number)
    {
        if (!double.IsFinite(number))
        {
            return null;
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return IntegerText().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerText();
}
