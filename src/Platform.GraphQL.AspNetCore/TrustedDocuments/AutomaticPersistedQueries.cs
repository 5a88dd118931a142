namespace Platform.GraphQL.AspNetCore;

/// <summary>Documents registered by clients through automatic persisted queries, by SHA-256; the least recently used leave first.</summary>
internal sealed class AutomaticPersistedQueries(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Text)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Text)> _recency = new();

    public string? Find(string hash)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(hash, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Text;
        }
    }

    public void Register(string hash, string text)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(hash))
            {
                return;
            }

            if (_entries.Count >= capacity && _recency.Last is { } oldest)
            {
                _entries.Remove(oldest.Value.Hash);
                _recency.RemoveLast();
            }

            _entries[hash] = _recency.AddFirst((hash, text));
        }
    }
}
