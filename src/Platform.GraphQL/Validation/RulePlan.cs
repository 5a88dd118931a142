using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Validation;

/// <summary>
/// The rules every validation runs, in graphql-js's order (which decides the order of errors found
/// at the same node), and for each walk event the indexes of the rules that handle it, worked out
/// once so the walker calls only those.
/// </summary>
internal static class RulePlan
{
    private static readonly Func<ValidationRule>[] _factories =
    [
        () => ExecutableDefinitionsRule.Instance,
        () => OperationTypeExistenceRule.Instance,
        () => new UniqueOperationNamesRule(),
        () => LoneAnonymousOperationRule.Instance,
        () => SingleFieldSubscriptionsRule.Instance,
        () => KnownTypeNamesRule.Instance,
        () => FragmentsOnCompositeTypesRule.Instance,
        () => VariablesAreInputTypesRule.Instance,
        () => ScalarLeafsRule.Instance,
        () => FieldsOnCorrectTypeRule.Instance,
        () => new UniqueFragmentNamesRule(),
        () => KnownFragmentNamesRule.Instance,
        () => NoUnusedFragmentsRule.Instance,
        () => PossibleFragmentSpreadsRule.Instance,
        () => new NoFragmentCyclesRule(),
        () => UniqueVariableNamesRule.Instance,
        () => NoUndefinedVariablesRule.Instance,
        () => NoUnusedVariablesRule.Instance,
        () => KnownDirectivesRule.Instance,
        () => UniqueDirectivesPerLocationRule.Instance,
        () => KnownArgumentNamesRule.Instance,
        () => UniqueArgumentNamesRule.Instance,
        () => new ValuesOfCorrectTypeRule(),
        () => ProvidedRequiredArgumentsRule.Instance,
        () => VariablesInAllowedPositionRule.Instance,
        () => new OverlappingFieldsCanBeMergedRule(),
        () => new UniqueInputFieldNamesRule(),
        () => new MaxIntrospectionDepthRule(),
    ];

    private static readonly RuleHooks[] _hooks = Array.ConvertAll(_factories, create => create().Hooks);

    public static readonly int[] EnterDocument = For(RuleHooks.EnterDocument);
    public static readonly int[] LeaveDocument = For(RuleHooks.LeaveDocument);
    public static readonly int[] EnterOperation = For(RuleHooks.EnterOperation);
    public static readonly int[] EnterFragmentDefinition = For(RuleHooks.EnterFragmentDefinition);
    public static readonly int[] EnterVariableDefinition = For(RuleHooks.EnterVariableDefinition);
    public static readonly int[] EnterSelectionSet = For(RuleHooks.EnterSelectionSet);
    public static readonly int[] EnterField = For(RuleHooks.EnterField);
    public static readonly int[] LeaveField = For(RuleHooks.LeaveField);
    public static readonly int[] EnterFragmentSpread = For(RuleHooks.EnterFragmentSpread);
    public static readonly int[] EnterInlineFragment = For(RuleHooks.EnterInlineFragment);
    public static readonly int[] EnterDirective = For(RuleHooks.EnterDirective);
    public static readonly int[] LeaveDirective = For(RuleHooks.LeaveDirective);
    public static readonly int[] EnterArgument = For(RuleHooks.EnterArgument);
    public static readonly int[] EnterValue = For(RuleHooks.EnterValue);
    public static readonly int[] LeaveValue = For(RuleHooks.LeaveValue);
    public static readonly int[] EnterObjectField = For(RuleHooks.EnterObjectField);
    public static readonly int[] EnterNamedType = For(RuleHooks.EnterNamedType);

    /// <summary>A fresh set of rules for one validation (stateless rules are shared instances).</summary>
    public static ValidationRule[] CreateRules()
    {
        var rules = new ValidationRule[_factories.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = _factories[i]();
        }

        return rules;
    }

    private static int[] For(RuleHooks hook)
    {
        var indexes = new List<int>();
        for (var i = 0; i < _hooks.Length; i++)
        {
            if ((_hooks[i] & hook) != 0)
            {
                indexes.Add(i);
            }
        }

        return [.. indexes];
    }
}
