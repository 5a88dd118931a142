using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>Variable definitions, directives, arguments and value literals, with the input types expected at each.</summary>
internal sealed partial class DocumentWalker
{
    private bool _inVariableDefinition;

    private void WalkVariableDefinition(VariableDefinitionNode variable)
    {
        var type = context.TypeFromSyntax(variable.Type);
        context.InputType = type is { IsInputType: true } ? type : null;
        context.ParentInputType = null;
        context.LocationHasDefault = false;
        foreach (var i in RulePlan.EnterVariableDefinition)
        {
            rules[i].EnterVariableDefinition(context, variable);
        }

        WalkNamedType(NamedTypeOf(variable.Type));

        // Default values and directive arguments here are constants: no variable in them is a usage.
        _inVariableDefinition = true;
        if (variable.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(variable.Directives, DirectiveLocation.VariableDefinition);
        _inVariableDefinition = false;
        context.InputType = null;
    }

    private void WalkDirectives(ImmutableArray<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            var definition = context.Schema.FindDirective(directive.Name.Value);
            context.Directive = definition;
            context.InDirective = true;
            foreach (var i in RulePlan.EnterDirective)
            {
                rules[i].EnterDirective(context, directive, location);
            }

            WalkArguments(directive.Arguments, definition?.Arguments ?? []);
            foreach (var i in RulePlan.LeaveDirective)
            {
                rules[i].LeaveDirective(context, directive);
            }

            context.Directive = null;
            context.InDirective = false;
        }
    }

    private void WalkArguments(ImmutableArray<ArgumentNode> arguments, ImmutableArray<InputValueDefinition> definitions)
    {
        foreach (var argument in arguments)
        {
            var definition = Find(definitions, argument.Name.Value);
            context.Argument = definition;
            context.InputType = definition?.Type is { IsInputType: true } type ? type : null;
            context.ParentInputType = null;
            context.LocationHasDefault = definition?.DefaultValue is not null;
            foreach (var i in RulePlan.EnterArgument)
            {
                rules[i].EnterArgument(context, argument);
            }

            WalkValue(argument.Value);
            context.Argument = null;
            context.InputType = null;
        }
    }

    /// <summary>Walks a value; <see cref="ValidationContext.InputType"/> and its companions describe where it stands.</summary>
    private void WalkValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                if (!_inVariableDefinition)
                {
                    context.AddVariableUsage(new VariableUsage(variable, context.InputType, context.LocationHasDefault, context.ParentInputType));
                }

                return;
            case ListValueNode list:
                WalkList(list);
                return;
            case ObjectValueNode obj:
                WalkObject(obj);
                return;
        }

        foreach (var i in RulePlan.EnterValue)
        {
            rules[i].EnterValue(context, value);
        }
    }

    private void WalkList(ListValueNode list)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        // As in graphql-js, the list's own visit already sees the item type, with the list's type as parent.
        var (listType, parentType, hasDefault) = (context.InputType, context.ParentInputType, context.LocationHasDefault);
        var nullable = listType?.Nullable;
        context.InputType = nullable is ListType items ? items.OfType : nullable;
        context.ParentInputType = listType;
        context.LocationHasDefault = false;
        foreach (var i in RulePlan.EnterValue)
        {
            rules[i].EnterValue(context, list);
        }

        foreach (var item in list.Values)
        {
            WalkValue(item);
        }

        foreach (var i in RulePlan.LeaveValue)
        {
            rules[i].LeaveValue(context, list);
        }

        (context.InputType, context.ParentInputType, context.LocationHasDefault) = (listType, parentType, hasDefault);
    }

    private void WalkObject(ObjectValueNode obj)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var i in RulePlan.EnterValue)
        {
            rules[i].EnterValue(context, obj);
        }

        var (objectType, parentType, hasDefault) = (context.InputType, context.ParentInputType, context.LocationHasDefault);
        var inputObject = objectType?.GetNamedType() as InputObjectType;
        foreach (var field in obj.Fields)
        {
            InputValueDefinition? definition = null;
            inputObject?.TryGetField(field.Name.Value, out definition);
            context.InputType = definition?.Type is { IsInputType: true } type ? type : null;
            context.ParentInputType = objectType;
            context.LocationHasDefault = definition?.DefaultValue is not null;
            foreach (var i in RulePlan.EnterObjectField)
            {
                rules[i].EnterObjectField(context, field);
            }

            WalkValue(field.Value);
        }

        (context.InputType, context.ParentInputType, context.LocationHasDefault) = (objectType, parentType, hasDefault);
        foreach (var i in RulePlan.LeaveValue)
        {
            rules[i].LeaveValue(context, obj);
        }
    }

    private static InputValueDefinition? Find(ImmutableArray<InputValueDefinition> definitions, string name)
    {
        foreach (var definition in definitions)
        {
            if (string.Equals(definition.Name, name, StringComparison.Ordinal))
            {
                return definition;
            }
        }

        return null;
    }

    private static NamedTypeNode NamedTypeOf(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        ListTypeNode list => NamedTypeOf(list.Type),
        _ => (NamedTypeNode)type,
    };
}
