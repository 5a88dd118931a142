using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: a subscription selects exactly one root field, and not an introspection one.
/// As the September 2025 edition requires (graphql-js 17, not 16), <c>@skip</c> and <c>@include</c>
/// may not appear in the root selection, fragments included: which field is selected must not
/// depend on variables. The fields are collected as execution would, without evaluating directives.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public static readonly SingleFieldSubscriptionsRule Instance = new();

    public override string Name => ValidationRuleNames.SingleFieldSubscriptions;

    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        if (operation.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } root)
        {
            return;
        }

        var collected = new Collected();
        Collect(context, root, operation.SelectionSet, collected);
        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (collected.ConditionalDirectives.Count > 0)
        {
            context.Report(
                this,
                $"{subject} must not use `@skip` or `@include` directives in the top level selection.",
                [.. collected.ConditionalDirectives]);
            return;
        }

        if (collected.Keys.Count > 1)
        {
            var extra = new List<SyntaxNode?>();
            for (var i = 1; i < collected.Keys.Count; i++)
            {
                extra.AddRange(collected.FieldsByKey[collected.Keys[i]]);
            }

            context.Report(this, $"{subject} must select only one top level field.", [.. extra]);
        }

        foreach (var key in collected.Keys)
        {
            var fields = collected.FieldsByKey[key];
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.Report(this, $"{subject} must not select an introspection top level field.", [.. fields]);
            }
        }
    }

    private static void Collect(ValidationContext context, ObjectType root, SelectionSetNode selectionSet, Collected collected)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            NoteConditionalDirectives(selection.Directives, collected);
            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!collected.FieldsByKey.TryGetValue(key, out var fields))
                    {
                        collected.FieldsByKey[key] = fields = [];
                        collected.Keys.Add(key);
                    }

                    fields.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    if (collected.VisitedFragments.Add(spread.Name.Value)
                        && context.GetFragment(spread.Name.Value) is { } fragment
                        && Applies(context, root, fragment.TypeCondition))
                    {
                        Collect(context, root, fragment.SelectionSet, collected);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(context, root, inline.TypeCondition))
                    {
                        Collect(context, root, inline.SelectionSet, collected);
                    }

                    break;
            }
        }
    }

    private static void NoteConditionalDirectives(ImmutableArray<DirectiveNode> directives, Collected collected)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is BuiltInDirectives.Skip or BuiltInDirectives.Include)
            {
                collected.ConditionalDirectives.Add(directive);
            }
        }
    }

    private static bool Applies(ValidationContext context, ObjectType root, NamedTypeNode typeCondition) =>
        context.Schema.FindType(typeCondition.Name.Value) switch
        {
            ObjectType type => ReferenceEquals(type, root),
            IAbstractType type => type.IsPossibleType(root),
            _ => false,
        };

    private sealed class Collected
    {
        public List<string> Keys { get; } = [];

        public Dictionary<string, List<FieldNode>> FieldsByKey { get; } = new(StringComparer.Ordinal);

        public HashSet<string> VisitedFragments { get; } = new(StringComparer.Ordinal);

        public List<DirectiveNode> ConditionalDirectives { get; } = [];
    }
}
