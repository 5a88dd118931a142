using System.Collections.Immutable;
using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Blocks, descriptions and string literals.</summary>
public static partial class SchemaPrinter
{
    /// <summary><c> {</c>, one member per line (a described member after the first gets a blank line above it), <c>}</c>.</summary>
    private static void AppendBlock(StringBuilder text, IEnumerable<(string? Description, string Text)> members)
    {
        var index = 0;
        foreach (var (description, member) in members)
        {
            text.Append(index == 0 ? " {\n" : "\n");
            text.Append(Description(description, "  ", firstInBlock: index == 0)).Append("  ").Append(member);
            index++;
        }

        if (index > 0)
        {
            text.Append("\n}");
        }
    }

    /// <summary>
    /// The description as a block string (quoted when a block string could not carry it), every
    /// line indented, followed by a line break; a blank line first when it is not the first in its block.
    /// </summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var printed = Printer.Print(new StringValueNode(description, isBlock: true));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    private static string Quoted(string value) => Printer.Print(new StringValueNode(value));

    /// <summary>A default value with its block strings turned into quoted ones, as a value printed from its coerced form would be.</summary>
    private static ValueNode WithQuotedStrings(ValueNode value) => value switch
    {
        StringValueNode { IsBlock: true } text => new StringValueNode(text.Value),
        ListValueNode list => new ListValueNode(list.Values.Select(WithQuotedStrings).ToImmutableArray()),
        ObjectValueNode obj => new ObjectValueNode(
            obj.Fields.Select(field => new ObjectFieldNode(field.Name, WithQuotedStrings(field.Value))).ToImmutableArray()),
        _ => value,
    };
}
