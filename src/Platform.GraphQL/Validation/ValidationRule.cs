using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>The walk events a rule listens to; the walker calls a rule only for these.</summary>
[Flags]
internal enum RuleHooks
{
    None = 0,
    EnterDocument = 1 << 0,
    LeaveDocument = 1 << 1,
    EnterOperation = 1 << 2,
    EnterFragmentDefinition = 1 << 3,
    EnterVariableDefinition = 1 << 4,
    EnterSelectionSet = 1 << 5,
    EnterField = 1 << 6,
    LeaveField = 1 << 7,
    EnterFragmentSpread = 1 << 8,
    EnterInlineFragment = 1 << 9,
    EnterDirective = 1 << 10,
    LeaveDirective = 1 << 11,
    EnterArgument = 1 << 12,
    EnterValue = 1 << 13,
    LeaveValue = 1 << 14,
    EnterObjectField = 1 << 15,
    EnterNamedType = 1 << 16,
}

/// <summary>
/// One rule of the Validation section. <see cref="DocumentWalker"/> walks the document once and
/// calls every rule that declared a hook; what the walker knows at that point (parent type, field
/// definition, expected input type...) is on the <see cref="ValidationContext"/>. A rule with state
/// is created for each validation; a stateless one may be shared.
/// </summary>
internal abstract class ValidationRule
{
    /// <summary>The rule's <see cref="ValidationRuleNames"/> entry.</summary>
    public abstract string Name { get; }

    /// <summary>The events the rule handles.</summary>
    public abstract RuleHooks Hooks { get; }

    public virtual void EnterDocument(ValidationContext context, DocumentNode document)
    {
    }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode document)
    {
    }

    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode variable)
    {
    }

    /// <summary>A selection set; <paramref name="owner"/> is the operation, fragment or field it belongs to.</summary>
    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode selectionSet, SyntaxNode owner)
    {
    }

    public virtual void EnterField(ValidationContext context, FieldNode field)
    {
    }

    public virtual void LeaveField(ValidationContext context, FieldNode field)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread)
    {
    }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment)
    {
    }

    /// <summary>A directive applied at <paramref name="location"/>.</summary>
    public virtual void EnterDirective(ValidationContext context, DirectiveNode directive, DirectiveLocation location)
    {
    }

    public virtual void LeaveDirective(ValidationContext context, DirectiveNode directive)
    {
    }

    public virtual void EnterArgument(ValidationContext context, ArgumentNode argument)
    {
    }

    /// <summary>Any value but a variable (variables are recorded as usages instead).</summary>
    public virtual void EnterValue(ValidationContext context, ValueNode value)
    {
    }

    /// <summary>Leaving a list or object value.</summary>
    public virtual void LeaveValue(ValidationContext context, ValueNode value)
    {
    }

    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode field)
    {
    }

    /// <summary>A type named by a variable definition or a type condition.</summary>
    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode type)
    {
    }
}
