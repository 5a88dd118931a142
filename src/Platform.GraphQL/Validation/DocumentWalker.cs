using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Walks an executable document once, in source order, keeping track of the types around the node
/// being visited (as graphql-js's TypeInfo does) on the <see cref="ValidationContext"/> and calling
/// each rule that handles the event. State is saved in locals and restored on the way back up, so
/// the walk allocates nothing per node. Parsed documents nest no deeper than the parser allows; for
/// a document built in code, running short of stack ends validation with an error, not a crash.
/// </summary>
internal sealed partial class DocumentWalker(ValidationContext context, ValidationRule[] rules)
{
    public void Walk(DocumentNode document)
    {
        foreach (var i in RulePlan.EnterDocument)
        {
            rules[i].EnterDocument(context, document);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;

                // Type system definitions are reported by ExecutableDefinitions and not looked into.
            }
        }

        foreach (var i in RulePlan.LeaveDocument)
        {
            rules[i].LeaveDocument(context, document);
        }
    }

    private void WalkOperation(OperationDefinitionNode operation)
    {
        context.Definition = operation;
        context.ParentType = null;
        context.Type = context.Schema.GetRootType(operation.Operation);
        foreach (var i in RulePlan.EnterOperation)
        {
            rules[i].EnterOperation(context, operation);
        }

        foreach (var variable in operation.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        var location = operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        };
        WalkDirectives(operation.Directives, location);
        WalkSelectionSet(operation.SelectionSet, operation);
        context.Definition = null;
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode fragment)
    {
        context.Definition = fragment;
        context.ParentType = null;
        var type = context.Schema.FindType(fragment.TypeCondition.Name.Value);
        context.Type = type is { IsOutputType: true } ? type : null;
        foreach (var i in RulePlan.EnterFragmentDefinition)
        {
            rules[i].EnterFragmentDefinition(context, fragment);
        }

        WalkNamedType(fragment.TypeCondition);
        WalkDirectives(fragment.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(fragment.SelectionSet, fragment);
        context.Definition = null;
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet, SyntaxNode owner)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var enclosingParent = context.ParentType;
        context.ParentType = context.Type?.GetNamedType() is { } named && IsComposite(named) ? named : null;
        foreach (var i in RulePlan.EnterSelectionSet)
        {
            rules[i].EnterSelectionSet(context, selectionSet, owner);
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        context.ParentType = enclosingParent;
    }

    private void WalkField(FieldNode field)
    {
        var enclosingField = context.FieldDefinition;
        var enclosingType = context.Type;
        var definition = context.ParentType is { } parent ? context.Schema.FindField(parent, field.Name.Value) : null;
        context.FieldDefinition = definition;
        context.Type = definition?.Type;
        foreach (var i in RulePlan.EnterField)
        {
            rules[i].EnterField(context, field);
        }

        WalkArguments(field.Arguments, definition?.Arguments ?? []);
        WalkDirectives(field.Directives, DirectiveLocation.Field);
        if (field.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet, field);
        }

        foreach (var i in RulePlan.LeaveField)
        {
            rules[i].LeaveField(context, field);
        }

        context.FieldDefinition = enclosingField;
        context.Type = enclosingType;
    }

    private void WalkFragmentSpread(FragmentSpreadNode spread)
    {
        foreach (var i in RulePlan.EnterFragmentSpread)
        {
            rules[i].EnterFragmentSpread(context, spread);
        }

        WalkDirectives(spread.Directives, DirectiveLocation.FragmentSpread);
    }

    private void WalkInlineFragment(InlineFragmentNode inline)
    {
        var enclosingType = context.Type;
        var type = inline.TypeCondition is { } condition ? context.Schema.FindType(condition.Name.Value) : enclosingType?.GetNamedType();
        context.Type = type is { IsOutputType: true } ? type : null;
        foreach (var i in RulePlan.EnterInlineFragment)
        {
            rules[i].EnterInlineFragment(context, inline);
        }

        if (inline.TypeCondition is { } typeCondition)
        {
            WalkNamedType(typeCondition);
        }

        WalkDirectives(inline.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(inline.SelectionSet, inline);
        context.Type = enclosingType;
    }

    private void WalkNamedType(NamedTypeNode type)
    {
        foreach (var i in RulePlan.EnterNamedType)
        {
            rules[i].EnterNamedType(context, type);
        }
    }

    private static bool IsComposite(NamedType type) => type is ComplexType or UnionType;
}
