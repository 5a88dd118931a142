namespace Platform.Sdk;

/// <summary>
/// Identifies one intended write (a booking, a submission) across retries. The host derives it
/// from the business operation, so a retried call carries the same key; the plugin passes it to the
/// partner (an <c>Idempotency-Key</c> header, a client reference) or remembers it, and a second call
/// with the same key returns the first call's result instead of acting twice.
/// </summary>
public readonly record struct IdempotencyKey
{
    /// <summary>Creates a key.</summary>
    /// <param name="value">1 to 255 printable ASCII characters, e.g. a GUID or <c>claim-42-submit</c>.</param>
    /// <exception cref="ArgumentException">The value is empty, too long or not printable ASCII.</exception>
    public IdempotencyKey(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > 255 || value.Any(c => c is < '!' or > '~'))
        {
            throw new ArgumentException($"An idempotency key is 1 to 255 printable ASCII characters without spaces; got {value.Length} characters.", nameof(value));
        }

        _value = value;
    }

    private readonly string? _value;

    /// <summary>The key as sent to the partner.</summary>
    /// <exception cref="InvalidOperationException">The key is <c>default</c>, which holds no value.</exception>
    public string Value => _value ?? throw new InvalidOperationException("A default IdempotencyKey has no value; create one with new IdempotencyKey(value) or IdempotencyKey.New().");

    /// <summary>A new random key, for a write that starts now.</summary>
    /// <returns>The key.</returns>
    public static IdempotencyKey New() => new(Guid.NewGuid().ToString("N"));

    /// <inheritdoc/>
    public override string ToString() => _value ?? string.Empty;
}
