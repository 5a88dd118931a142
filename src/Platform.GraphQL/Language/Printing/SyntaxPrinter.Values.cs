using System.Buffers;

namespace Platform.GraphQL.Language;

internal sealed partial class SyntaxPrinter
{
    private const int LongBlockStringLength = 70;

    /// <summary>Characters a quoted string must escape: the quote, the backslash, and C0 and C1 control characters.</summary>
    private static readonly SearchValues<char> _mustEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    private void WriteValueOrReference(SyntaxNode node)
    {
        switch (node)
        {
            case NameNode name:
                Write(name.Value);
                break;
            case VariableNode variable:
                Write('$');
                Write(variable.Name.Value);
                break;
            case IntValueNode integer:
                Write(integer.Value);
                break;
            case FloatValueNode number:
                Write(number.Value);
                break;
            case StringValueNode text:
                WriteString(text);
                break;
            case BooleanValueNode boolean:
                Write(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                Write("null");
                break;
            case EnumValueNode enumValue:
                Write(enumValue.Value);
                break;
            case ListValueNode list:
                Write('[');
                WriteJoined(list.Values, ", ");
                Write(']');
                break;
            case ObjectValueNode inputObject:
                Write('{');
                WriteJoined(inputObject.Fields, ", ");
                Write('}');
                break;
            case ObjectFieldNode objectField:
                WriteNamedValue(objectField.Name, objectField.Value);
                break;
            case ArgumentNode argument:
                WriteNamedValue(argument.Name, argument.Value);
                break;
            case DirectiveNode directive:
                Write('@');
                Write(directive.Name.Value);
                if (!directive.Arguments.IsEmpty)
                {
                    Write('(');
                    WriteJoined(directive.Arguments, ", ");
                    Write(')');
                }

                break;
            case NamedTypeNode namedType:
                Write(namedType.Name.Value);
                break;
            case ListTypeNode listType:
                Write('[');
                WriteNode(listType.Type);
                Write(']');
                break;
            case NonNullTypeNode nonNullType:
                WriteNode(nonNullType.Type);
                Write('!');
                break;
        }
    }

    private void WriteNamedValue(NameNode name, ValueNode value)
    {
        Write(name.Value);
        Write(": ");
        WriteNode(value);
    }

    /// <summary>A block string stays one when its value survives the round trip; otherwise it is quoted and escaped.</summary>
    private void WriteString(StringValueNode text)
    {
        if (text.IsBlock && BlockString.IsPrintable(text.Value))
        {
            WriteBlockString(text.Value);
        }
        else
        {
            WriteQuotedString(text.Value);
        }
    }

    private void WriteQuotedString(string value)
    {
        Write('"');
        var rest = value.AsSpan();
        for (var next = rest.IndexOfAny(_mustEscape); next >= 0; next = rest.IndexOfAny(_mustEscape))
        {
            _text.Append(rest[..next]);
            _text.Append(rest[next] switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                var control => $"\\u{(int)control:X4}",
            });
            rest = rest[(next + 1)..];
        }

        _text.Append(rest);
        Write('"');
    }

    /// <summary>
    /// Prints a block string so that dedenting it gives back <paramref name="value"/>: a leading
    /// line break when later lines are indented (else their indentation would be taken as common),
    /// a trailing one when the value ends in a quote or backslash, and both for multi-line or long
    /// values because that reads best. Lines follow the current indentation, which the dedent removes.
    /// </summary>
    private void WriteBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var isSingleLine = !value.Contains('\n');
        var laterLinesIndented = !isSingleLine && LaterLinesAreIndentedOrEmpty(value);
        var endsWithEscapedQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var needsTrailingBreak = (value.EndsWith('"') && !endsWithEscapedQuotes) || value.EndsWith('\\');
        var multiLineLayout = !isSingleLine || value.Length > LongBlockStringLength || needsTrailingBreak
            || laterLinesIndented || endsWithEscapedQuotes;
        var startsWithWhiteSpace = value.Length > 0 && value[0] is ' ' or '\t';

        Write("\"\"\"");
        if ((multiLineLayout && !(isSingleLine && startsWithWhiteSpace)) || laterLinesIndented)
        {
            LineBreak();
        }

        // Only "\n" separates lines here: a value that came from a block string has no other
        // terminator, and IsPrintable sent any value with "\r" to the quoted form.
        var rest = escaped.AsSpan();
        for (var lineEnd = rest.IndexOf('\n'); lineEnd >= 0; lineEnd = rest.IndexOf('\n'))
        {
            _text.Append(rest[..lineEnd]);
            rest = rest[(lineEnd + 1)..];
            if (rest.IsEmpty || rest[0] == '\n')
            {
                EmptyLine();
            }
            else
            {
                LineBreak();
            }
        }

        _text.Append(rest);
        if (multiLineLayout || needsTrailingBreak)
        {
            LineBreak();
        }

        Write("\"\"\"");
    }

    private static bool LaterLinesAreIndentedOrEmpty(string value)
    {
        for (var lineStart = value.IndexOf('\n') + 1; lineStart > 0; lineStart = value.IndexOf('\n', lineStart) + 1)
        {
            if (lineStart < value.Length && value[lineStart] is not ('\n' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
