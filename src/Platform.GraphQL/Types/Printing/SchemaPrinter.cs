using System.Collections.Immutable;
using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL the way the reference implementation's <c>printSchema</c> does: the
/// schema definition only when a root type has a non-default name (or the schema has a
/// description), then the directives that are not built in, then the types in schema order,
/// leaving out the specification's scalars and the introspection types. Descriptions are block
/// strings; of the applied directives only <c>@deprecated</c>, <c>@specifiedBy</c> and
/// <c>@oneOf</c> are printed. Default values print as they were written (graphql-js 16 prints the
/// coerced value instead, so an input object default there also lists its fields' own defaults).
/// </summary>
public static partial class SchemaPrinter
{
    /// <summary>The schema as SDL, without a trailing line break.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directive => !directive.IsBuiltIn).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(type => !type.IsIntrospectionType && type is not ScalarType { IsSpecifiedScalar: true })
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var text = new StringBuilder(Description(type.Description));
        switch (type)
        {
            case ScalarType scalar:
                text.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is { } url)
                {
                    text.Append(" @specifiedBy(url: ").Append(Quoted(url)).Append(')');
                }

                break;
            case ComplexType complex:
                text.Append(complex is ObjectType ? "type " : "interface ").Append(complex.Name);
                if (!complex.Interfaces.IsEmpty)
                {
                    text.Append(" implements ").AppendJoin(" & ", complex.Interfaces.Select(interfaceType => interfaceType.Name));
                }

                AppendBlock(text, complex.Fields.Select(PrintField));
                break;
            case UnionType union:
                text.Append("union ").Append(union.Name);
                if (!union.Types.IsEmpty)
                {
                    text.Append(" = ").AppendJoin(" | ", union.Types.Select(member => member.Name));
                }

                break;
            case EnumType enumType:
                text.Append("enum ").Append(enumType.Name);
                AppendBlock(text, enumType.Values.Select(value => (value.Description, value.Name + Deprecated(value.DeprecationReason))));
                break;
            case InputObjectType input:
                text.Append("input ").Append(input.Name).Append(input.IsOneOf ? " @oneOf" : string.Empty);
                AppendBlock(text, input.Fields.Select(field => (field.Description, PrintInputValue(field))));
                break;
        }

        return text.ToString();
    }

    /// <summary>One directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Description(directive.Description)
            + "directive @" + directive.Name
            + PrintArguments(directive.Arguments, string.Empty)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(location => location.ToGraphQLName()));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var conventional = schema.QueryType.Name == "Query"
            && schema.MutationType?.Name is null or "Mutation"
            && schema.SubscriptionType?.Name is null or "Subscription";
        if (schema.Description is null && conventional)
        {
            return null;
        }

        var text = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        text.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation)
        {
            text.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            text.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return text.Append('}').ToString();
    }

    private static (string? Description, string Text) PrintField(FieldDefinition field) =>
        (field.Description, field.Name + PrintArguments(field.Arguments, "  ") + ": " + field.Type + Deprecated(field.DeprecationReason));

    /// <summary>On one line unless an argument has a description; then one per line, each description above its argument.</summary>
    private static string PrintArguments(ImmutableArray<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.IsEmpty)
        {
            return string.Empty;
        }

        if (arguments.All(argument => argument.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        var lines = arguments.Select((argument, index) =>
            Description(argument.Description, "  " + indentation, firstInBlock: index == 0) + "  " + indentation + PrintInputValue(argument));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValue is { } defaultValue)
        {
            text += " = " + Printer.Print(WithQuotedStrings(defaultValue));
        }

        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Quoted(reason) + ")",
    };
}
