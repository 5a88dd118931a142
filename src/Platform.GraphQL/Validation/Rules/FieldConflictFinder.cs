using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Two sets of fields under one response name that cannot be merged, and why.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

/// <summary>
/// Finds the field pairs of FieldsInSetCanMerge that cannot be merged, without expanding fragments
/// into every place they are spread. Each selection set's fields are collected once; a set of fields
/// is compared with a given fragment once, and two fragments with each other once (per whether their
/// parents are mutually exclusive); a fragment is never compared with itself. Fragment nesting thus
/// costs a number of comparisons polynomial in the document's size, never exponential. A work budget
/// of graphql-js's size, spent at the same steps, ends validation of documents built only to be
/// expensive (thousands of fields sharing one name: quadratic, not exponential, but still costly).
/// </summary>
internal sealed partial class FieldConflictFinder(ValidationContext context)
{
    private const int MaxComplexity = 500_000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private int _remainingComplexity = MaxComplexity;

    /// <summary>The conflicts among the fields of a selection set, fragments it spreads included.</summary>
    public List<FieldConflict> FindWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var collected = Collect(parentType, selectionSet);
        foreach (var responseName in collected.ResponseNames)
        {
            var entries = collected.ByResponseName[responseName];
            for (var i = 0; i < entries.Count; i++)
            {
                for (var j = i + 1; j < entries.Count; j++)
                {
                    if (FindConflict(false, responseName, entries[i], entries[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }

        var fragments = collected.FragmentNames;
        if (fragments.Count > 0 && (collected.HasFields || fragments.Count > 1))
        {
            for (var i = 0; i < fragments.Count; i++)
            {
                CompareWithFragment(conflicts, false, collected, fragments[i]);
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    CompareFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }

        return conflicts;
    }

    /// <summary>The conflicts between the selections of two fields of one response name.</summary>
    private List<FieldConflict> FindBetweenSubSelections(
        bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var collected1 = Collect(parentType1, selectionSet1);
        var collected2 = Collect(parentType2, selectionSet2);
        CompareCollections(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var fragment in collected2.FragmentNames)
        {
            CompareWithFragment(conflicts, mutuallyExclusive, collected1, fragment);
        }

        foreach (var fragment in collected1.FragmentNames)
        {
            CompareWithFragment(conflicts, mutuallyExclusive, collected2, fragment);
        }

        foreach (var fragment1 in collected1.FragmentNames)
        {
            foreach (var fragment2 in collected2.FragmentNames)
            {
                CompareFragments(conflicts, mutuallyExclusive, fragment1, fragment2);
            }
        }

        return conflicts;
    }

    /// <summary>Compares fields with a fragment's fields, and with the fragments that fragment spreads.</summary>
    private void CompareWithFragment(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(1);
        if (!collected.HasFields)
        {
            return;
        }

        // A comparison under overlapping parents also answers the mutually exclusive case, not the reverse.
        collected.ComparedFragments ??= new(StringComparer.Ordinal);
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || mutuallyExclusive))
        {
            return;
        }

        collected.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(collected, fragmentFields))
        {
            return;
        }

        CompareCollections(conflicts, mutuallyExclusive, collected, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CompareWithFragment(conflicts, mutuallyExclusive, collected, referenced);
        }
    }

    /// <summary>Compares two fragments' fields, and each with the fragments the other spreads.</summary>
    private void CompareFragments(List<FieldConflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(2);
        if (string.Equals(name1, name2, StringComparison.Ordinal))
        {
            return;
        }

        var key = string.CompareOrdinal(name1, name2) < 0 ? (name1, name2) : (name2, name1);
        if (_comparedFragmentPairs.TryGetValue(key, out var wasExclusive) && (!wasExclusive || mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs[key] = mutuallyExclusive;
        if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var collected1 = CollectFragment(fragment1);
        var collected2 = CollectFragment(fragment2);
        CompareCollections(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var referenced in collected2.FragmentNames)
        {
            CompareFragments(conflicts, mutuallyExclusive, name1, referenced);
        }

        foreach (var referenced in collected1.FragmentNames)
        {
            CompareFragments(conflicts, mutuallyExclusive, referenced, name2);
        }
    }
}
