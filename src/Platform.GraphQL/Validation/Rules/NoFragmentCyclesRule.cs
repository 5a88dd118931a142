using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles. A depth-first search from each fragment not yet seen;
/// every fragment is expanded once over the whole document, so the check is linear in the number
/// of spreads, and every cycle is reported once, at the spreads that form it. The search keeps its
/// own stack, so a long chain of fragments cannot exhaust the thread's.
/// </summary>
internal sealed class NoFragmentCyclesRule : ValidationRule
{
    // Made on the first fragment definition: most documents have none.
    private Search? _search;

    public override string Name => ValidationRuleNames.NoFragmentCycles;

    public override RuleHooks Hooks => RuleHooks.EnterFragmentDefinition;

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment) =>
        (_search ??= new Search(this, context)).From(fragment);

    private sealed class Search(ValidationRule rule, ValidationContext context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _frames = new();

        public void From(FragmentDefinitionNode fragment)
        {
            Enter(fragment);
            while (_frames.TryPeek(out var frame))
            {
                if (frame.Next == frame.Spreads.Count)
                {
                    // Done with this fragment: step back over the spread that led into it.
                    _frames.Pop();
                    _pathIndexByName.Remove(frame.Name);
                    if (_spreadPath.Count > 0)
                    {
                        _spreadPath.RemoveAt(_spreadPath.Count - 1);
                    }

                    continue;
                }

                var spread = frame.Spreads[frame.Next++];
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_pathIndexByName.TryGetValue(spreadName, out var cycleStart))
                {
                    ReportCycle(spreadName, cycleStart);
                }
                else if (context.GetFragment(spreadName) is { } target && Enter(target))
                {
                    continue;
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
        }

        /// <summary>Starts expanding a fragment not seen before; false when there is nothing to expand.</summary>
        private bool Enter(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return false;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return false;
            }

            _pathIndexByName[name] = _spreadPath.Count;
            _frames.Push(new Frame(name, spreads));
            return true;
        }

        private void ReportCycle(string spreadName, int cycleStart)
        {
            var message = new StringBuilder($"Cannot spread fragment \"{spreadName}\" within itself");
            for (var i = cycleStart; i < _spreadPath.Count - 1; i++)
            {
                message.Append(i == cycleStart ? " via " : ", ").Append('"').Append(_spreadPath[i].Name.Value).Append('"');
            }

            var nodes = new SyntaxNode?[_spreadPath.Count - cycleStart];
            for (var i = cycleStart; i < _spreadPath.Count; i++)
            {
                nodes[i - cycleStart] = _spreadPath[i];
            }

            context.Report(rule, message.Append('.').ToString(), nodes);
        }
    }

    /// <summary>A fragment being expanded and how many of its spreads have been followed.</summary>
    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
