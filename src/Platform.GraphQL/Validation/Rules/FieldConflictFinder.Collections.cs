using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Comparing collected fields by response name, the caches behind it, and the work budget.</summary>
internal sealed partial class FieldConflictFinder
{
    /// <summary>Compares every field of one collection with the fields of the other that share its response name.</summary>
    private void CompareCollections(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (!collected1.HasFields || !collected2.HasFields)
        {
            return;
        }

        foreach (var responseName in Overlap(collected1, collected2))
        {
            foreach (var entry1 in collected1.ByResponseName[responseName])
            {
                foreach (var entry2 in collected2.ByResponseName[responseName])
                {
                    if (FindConflict(mutuallyExclusive, responseName, entry1, entry2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<string> Overlap(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.Overlaps ??= [];
        if (!collected1.Overlaps.TryGetValue(collected2, out var shared))
        {
            shared = [];
            foreach (var responseName in collected1.ResponseNames)
            {
                Spend(1);
                if (collected2.ByResponseName.ContainsKey(responseName))
                {
                    shared.Add(responseName);
                }
            }

            collected1.Overlaps[collected2] = shared;
        }

        return shared;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(context.Schema.FindType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue((parentType, selectionSet), out var collected))
        {
            _collected[(parentType, selectionSet)] = collected = CollectedFields.Collect(context.Schema, parentType, selectionSet);
        }

        return collected;
    }

    private void Spend(int cost)
    {
        _remainingComplexity -= cost;
        if (_remainingComplexity < 0)
        {
            context.AbortTooComplex();
        }
    }
}
