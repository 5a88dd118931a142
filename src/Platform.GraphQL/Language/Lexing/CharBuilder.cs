using System.Buffers;

namespace Platform.GraphQL.Language;

/// <summary>
/// Builds the value of a string that needs rewriting (escapes, block string dedent) without a
/// heap allocation per string: it starts in a caller-provided stack buffer and moves to a pooled
/// array only for long values. Dispose returns the array to the pool.
/// </summary>
internal ref struct CharBuilder(Span<char> initialBuffer)
{
    private char[]? _rented;
    private Span<char> _chars = initialBuffer;
    private int _length;

    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    /// <summary>Appends a Unicode scalar value, as a surrogate pair when it is supplementary.</summary>
    public void AppendScalar(int scalar)
    {
        if (scalar < 0x10000)
        {
            Append((char)scalar);
            return;
        }

        var offset = scalar - 0x10000;
        Append((char)(0xD800 + (offset >> 10)));
        Append((char)(0xDC00 + (offset & 0x3FF)));
    }

    public override readonly string ToString() => new(Written);

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow(int additional)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + additional));
        Written.CopyTo(next);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = next;
        _chars = next;
    }
}
