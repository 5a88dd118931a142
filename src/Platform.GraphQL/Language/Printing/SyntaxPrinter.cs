using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>
/// Writes nodes into one buffer. Where the layout depends on what a part looks like once
/// printed (a long argument list, an argument with a description), the part is printed inline
/// first and, if it does not fit, the buffer is rolled back and the part printed again over
/// several lines.
/// </summary>
internal sealed partial class SyntaxPrinter
{
    private const int MaxLineLength = 80;
    private const string Indentation = "  ";

    private readonly StringBuilder _text = new();
    private int _indentLevel;
    private int _lineBreaks;
    private int _indentationWritten;

    public static string Print(SyntaxNode node)
    {
        var printer = new SyntaxPrinter();
        printer.WriteNode(node);
        return printer._text.ToString();
    }

    private void WriteNode(SyntaxNode node)
    {
        // Trees built in code have no depth limit; fail cleanly rather than overflow the stack.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case DocumentNode document:
                WriteDocument(document);
                break;
            case ExecutableDefinitionNode or SelectionSetNode or SelectionNode or VariableDefinitionNode:
                WriteExecutable(node);
                break;
            case ValueNode or TypeNode or NameNode or ArgumentNode or ObjectFieldNode or DirectiveNode:
                WriteValueOrReference(node);
                break;
            default:
                WriteTypeSystem(node);
                break;
        }
    }

    private void WriteDocument(DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Length; i++)
        {
            if (i > 0)
            {
                LineBreak();
                LineBreak();
            }

            WriteNode(document.Definitions[i]);
        }
    }

    private void Write(string text) => _text.Append(text);

    private void Write(char c) => _text.Append(c);

    /// <summary>Starts a new line at the current indentation.</summary>
    private void LineBreak()
    {
        _text.Append('\n');
        _lineBreaks++;
        for (var i = 0; i < _indentLevel; i++)
        {
            _text.Append(Indentation);
            _indentationWritten += Indentation.Length;
        }
    }

    /// <summary>Starts a new line that stays empty, so no indentation (no trailing white space).</summary>
    private void EmptyLine()
    {
        _text.Append('\n');
        _lineBreaks++;
    }

    private void WriteJoined<T>(ImmutableArray<T> items, string separator)
        where T : SyntaxNode
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                Write(separator);
            }

            WriteNode(items[i]);
        }
    }

    /// <summary><c>{</c>, one item per line one level deeper, <c>}</c>.</summary>
    private void WriteBlock<T>(ImmutableArray<T> items)
        where T : SyntaxNode => WriteItemsOnLines('{', items, '}');

    private void WriteItemsOnLines<T>(char open, ImmutableArray<T> items, char close)
        where T : SyntaxNode
    {
        Write(open);
        _indentLevel++;
        foreach (var item in items)
        {
            LineBreak();
            WriteNode(item);
        }

        _indentLevel--;
        LineBreak();
        Write(close);
    }

    /// <summary>
    /// <c>(a, b)</c> on one line, unless an item spans lines (it has a description, say): then
    /// one item per line. Empty lists print nothing.
    /// </summary>
    private void WriteParenthesizedList<T>(ImmutableArray<T> items)
        where T : SyntaxNode
    {
        if (items.IsEmpty)
        {
            return;
        }

        var mark = Mark();
        Write('(');
        WriteJoined(items, ", ");
        Write(')');
        if (_lineBreaks != mark.LineBreaks)
        {
            RollBack(mark);
            WriteItemsOnLines('(', items, ')');
        }
    }

    private void WriteDirectives(ImmutableArray<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            Write(' ');
            WriteNode(directive);
        }
    }

    /// <summary>A description goes on its own line above the definition it documents.</summary>
    private void WriteDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            WriteString(description);
            LineBreak();
        }
    }

    private PrintMark Mark() => new(_text.Length, _lineBreaks, _indentationWritten);

    private void RollBack(PrintMark mark)
    {
        _text.Length = mark.Length;
        _lineBreaks = mark.LineBreaks;
        _indentationWritten = mark.IndentationWritten;
    }

    /// <summary>Characters written since <paramref name="mark"/>, not counting the indentation of enclosing blocks.</summary>
    private int WrittenSince(PrintMark mark) =>
        _text.Length - mark.Length - (_indentationWritten - mark.IndentationWritten);

    private readonly record struct PrintMark(int Length, int LineBreaks, int IndentationWritten);
}
