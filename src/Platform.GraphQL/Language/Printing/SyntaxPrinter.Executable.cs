namespace Platform.GraphQL.Language;

internal sealed partial class SyntaxPrinter
{
    private void WriteExecutable(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                WriteOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WriteDescription(fragment.Description);
                Write("fragment ");
                Write(fragment.Name.Value);
                Write(" on ");
                Write(fragment.TypeCondition.Name.Value);
                WriteDirectives(fragment.Directives);
                Write(' ');
                WriteNode(fragment.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                WriteDescription(variable.Description);
                Write('$');
                Write(variable.Variable.Name.Value);
                Write(": ");
                WriteNode(variable.Type);
                WriteDefaultValue(variable.DefaultValue);
                WriteDirectives(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                WriteBlock(selectionSet.Selections);
                break;
            case FieldNode field:
                WriteField(field);
                break;
            case FragmentSpreadNode spread:
                Write("...");
                Write(spread.Name.Value);
                WriteDirectives(spread.Directives);
                break;
            case InlineFragmentNode inline:
                Write("...");
                if (inline.TypeCondition is not null)
                {
                    Write(" on ");
                    Write(inline.TypeCondition.Name.Value);
                }

                WriteDirectives(inline.Directives);
                Write(' ');
                WriteNode(inline.SelectionSet);
                break;
        }
    }

    /// <summary>An anonymous query with nothing but a selection set prints as the shorthand <c>{ ... }</c>.</summary>
    private void WriteOperation(OperationDefinitionNode operation)
    {
        var isShorthand = operation is
        {
            Operation: OperationType.Query, Name: null, Description: null, VariableDefinitions.IsEmpty: true, Directives.IsEmpty: true,
        };
        if (!isShorthand)
        {
            WriteDescription(operation.Description);
            Write(operation.Operation switch
            {
                OperationType.Query => "query",
                OperationType.Mutation => "mutation",
                _ => "subscription",
            });
            if (operation.Name is not null)
            {
                Write(' ');
                Write(operation.Name.Value);
            }
            else if (!operation.VariableDefinitions.IsEmpty)
            {
                Write(' ');
            }

            WriteParenthesizedList(operation.VariableDefinitions);
            WriteDirectives(operation.Directives);
            Write(' ');
        }

        WriteNode(operation.SelectionSet);
    }

    /// <summary><c>alias: name(args) @dir { ... }</c>; arguments go one per line when the line would pass 80 characters.</summary>
    private void WriteField(FieldNode field)
    {
        var lineStart = Mark();
        if (field.Alias is not null)
        {
            Write(field.Alias.Value);
            Write(": ");
        }

        Write(field.Name.Value);
        if (!field.Arguments.IsEmpty)
        {
            var argumentsStart = Mark();
            Write('(');
            WriteJoined(field.Arguments, ", ");
            Write(')');
            if (WrittenSince(lineStart) > MaxLineLength)
            {
                RollBack(argumentsStart);
                WriteItemsOnLines('(', field.Arguments, ')');
            }
        }

        WriteDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            Write(' ');
            WriteNode(field.SelectionSet);
        }
    }

    private void WriteDefaultValue(ValueNode? defaultValue)
    {
        if (defaultValue is not null)
        {
            Write(" = ");
            WriteNode(defaultValue);
        }
    }
}
