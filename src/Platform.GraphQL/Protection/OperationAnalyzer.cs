using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Protection;

/// <summary>
/// Measures an operation before it runs (depth, aliases, cost, introspection) and says which
/// <see cref="OperationLimits"/> it breaks. Run it on a document that passed validation.
/// <para>
/// Cost: each field costs its weight (<see cref="OperationLimits.FieldWeights"/> by coordinate, else
/// <see cref="OperationLimits.DefaultFieldCost"/>) plus its selections' cost times a size. The size
/// is the <c>first</c> or <c>last</c> argument when given (literal or variable), on a list or on a
/// connection; else, for a list, <see cref="OperationLimits.DefaultListSize"/>, unless the list is
/// the page of a connection whose <c>first</c>/<c>last</c> already counted (then 1); else 1. Every branch of fragments on abstract types
/// counts, and <c>@skip</c>/<c>@include</c> are ignored: the cost is an upper bound.
/// </para>
/// <para>
/// Fragments are measured once and reused per spread, so fragment fan-out costs the analysis
/// linear time; a fragment cycle (which validation rejects anyway) counts as empty. Introspection
/// fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c> and below) count for aliases only: their
/// depth is bounded by validation's introspection depth rule.
/// </para>
/// Holds no per-operation state: share one per schema and limits.
/// </summary>
/// <param name="schema">The schema operations run against.</param>
/// <param name="limits">The limits; <see cref="OperationLimits.Default"/> when null.</param>
public sealed class OperationAnalyzer(Schema schema, OperationLimits? limits = null)
{
    private readonly Schema _schema = schema ?? throw new ArgumentNullException(nameof(schema));

    /// <summary>The limits operations are checked against.</summary>
    public OperationLimits Limits { get; } = limits ?? OperationLimits.Default;

    /// <summary>
    /// Measures the operation of <paramref name="document"/> named <paramref name="operationName"/>
    /// (or its only operation), reading <c>first</c>/<c>last</c> variables from <paramref name="variables"/>.
    /// </summary>
    /// <returns>The measures and the broken limits; an empty analysis when no operation matches (execution then says why).</returns>
    public OperationAnalysis Analyze(DocumentNode document, string? operationName = null, JsonElement variables = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.Value == operationName);
        if (operation is null || _schema.GetRootType(operation.Operation) is not { } root)
        {
            return new OperationAnalysis(0, 0, 0, []);
        }

        var walk = new Walk(this, document, operation, variables);
        Measure measure;
        try
        {
            measure = walk.SelectionSet(operation.SelectionSet, root, introspection: false);
        }
        catch (InsufficientExecutionStackException)
        {
            // Only a document nested through fragments far beyond any limit gets here.
            measure = new Measure(int.MaxValue, 0, long.MaxValue);
        }

        var errors = new List<ExecutionError>();
        if (measure.Depth > Limits.MaxDepth)
        {
            errors.Add(Error(ProtectionErrorCodes.MaxDepthExceeded, $"The operation nests fields {Describe(measure.Depth)} deep; the maximum depth (MaxDepth) is {Limits.MaxDepth}.", measure.Depth, Limits.MaxDepth));
        }

        if (measure.Aliases > Limits.MaxAliases)
        {
            errors.Add(Error(ProtectionErrorCodes.MaxAliasesExceeded, $"The operation has {measure.Aliases} aliases; the maximum (MaxAliases) is {Limits.MaxAliases}.", measure.Aliases, Limits.MaxAliases));
        }

        if (measure.Cost > Limits.MaxCost)
        {
            errors.Add(Error(ProtectionErrorCodes.CostLimitExceeded, $"The operation's estimated cost is {Describe(measure.Cost)}; the maximum cost (MaxCost) is {Limits.MaxCost}. Ask for fewer items (first/last) or fewer fields.", measure.Cost, Limits.MaxCost));
        }

        if (walk.Introspection is { } introspection)
        {
            errors.Add(new ExecutionError(
                $"Introspection is disabled on this server (AllowIntrospection is false): '{introspection.Name.Value}' cannot be queried; __typename can.",
                ExecutionError.LocationsOf(introspection),
                extensions: new Dictionary<string, object?> { ["code"] = ProtectionErrorCodes.IntrospectionDisabled }));
        }

        return new OperationAnalysis(measure.Depth, measure.Aliases, measure.Cost, errors);
    }

    private static string Describe(long value) => value == long.MaxValue || value == int.MaxValue ? "beyond measure" : value.ToString(CultureInfo.InvariantCulture);

    private static ExecutionError Error(string code, string message, long actual, long limit) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code, ["limit"] = limit, ["actual"] = actual });

    private readonly record struct Measure(int Depth, long Aliases, long Cost)
    {
        public static Measure Combine(Measure a, Measure b) => new(Math.Max(a.Depth, b.Depth), Add(a.Aliases, b.Aliases), Add(a.Cost, b.Cost));
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;

    /// <summary>One analysis: the fragments measured so far, those being measured (cycles), the first introspection field.</summary>
    private sealed class Walk(OperationAnalyzer analyzer, DocumentNode document, OperationDefinitionNode operation, JsonElement variables)
    {
        private readonly Dictionary<string, FragmentDefinitionNode> _fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());

        private readonly Dictionary<(string Name, bool Introspection, bool Paged), Measure> _measured = [];
        private readonly HashSet<string> _measuring = [];

        public FieldNode? Introspection { get; private set; }

        public Measure SelectionSet(SelectionSetNode selectionSet, NamedType? parent, bool introspection, bool paged = false)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var total = default(Measure);
            foreach (var selection in selectionSet.Selections)
            {
                var measure = selection switch
                {
                    FieldNode field => Field(field, parent, introspection, paged),
                    InlineFragmentNode inline => SelectionSet(inline.SelectionSet, TypeOr(inline.TypeCondition, parent), introspection, paged),
                    FragmentSpreadNode spread => Fragment(spread.Name.Value, introspection, paged),
                    _ => default,
                };
                total = Measure.Combine(total, measure);
            }

            return total;
        }

        private Measure Fragment(string name, bool introspection, bool paged)
        {
            if (_measured.TryGetValue((name, introspection, paged), out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
            {
                return default;
            }

            var measure = SelectionSet(fragment.SelectionSet, TypeOr(fragment.TypeCondition, null), introspection, paged);
            _measuring.Remove(name);
            _measured[(name, introspection, paged)] = measure;
            return measure;
        }

        private Measure Field(FieldNode field, NamedType? parent, bool introspection, bool paged)
        {
            var name = field.Name.Value;
            var aliases = field.Alias is null ? 0 : 1;
            var definition = parent is null ? null : analyzer._schema.FindField(parent, name);
            var isIntrospection = introspection || name.StartsWith("__", StringComparison.Ordinal);
            if (!analyzer.Limits.AllowIntrospection && Introspection is null && name is "__schema" or "__type" && parent == analyzer._schema.QueryType)
            {
                Introspection = field;
            }

            var requested = PageSize(field);
            var isList = definition is not null && IsList(definition.Type);
            var children = field.SelectionSet is { } selections && definition is not null
                ? SelectionSet(selections, definition.Type.GetNamedType(), isIntrospection, paged: requested is not null && !isList)
                : default;
            if (isIntrospection)
            {
                return new Measure(0, Add(children.Aliases, aliases), 0);
            }

            var weight = parent is not null && analyzer.Limits.FieldWeights.TryGetValue($"{parent.Name}.{name}", out var given) ? given : analyzer.Limits.DefaultFieldCost;
            var size = requested ?? (isList && !paged ? analyzer.Limits.DefaultListSize : 1);
            return new Measure(children.Depth + 1, Add(children.Aliases, aliases), Add(weight, Multiply(size, children.Cost)));
        }

        private NamedType? TypeOr(NamedTypeNode? condition, NamedType? otherwise) =>
            condition is null ? otherwise : analyzer._schema.FindType(condition.Name.Value);

        private static bool IsList(GraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;

        private long? PageSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.Value is "first" or "last" && Number(argument.Value) is { } size)
                {
                    return Math.Max(0, size);
                }
            }

            return null;
        }

        private long? Number(ValueNode value) => value switch
        {
            IntValueNode literal => long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null,
            VariableNode variable when variables.ValueKind == JsonValueKind.Object
                && variables.TryGetProperty(variable.Name.Value, out var given) && given.ValueKind == JsonValueKind.Number && given.TryGetInt64(out var number) => number,
            VariableNode variable => operation.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue is IntValueNode fallback
                ? Number(fallback)
                : null,
            _ => null,
        };
    }
}
