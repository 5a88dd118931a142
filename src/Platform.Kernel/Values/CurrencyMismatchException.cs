namespace Platform.Kernel.Values;

/// <summary>
/// Thrown when two amounts in different currencies are added, subtracted or compared:
/// the caller must convert one of them first, at a rate it chooses.
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    internal CurrencyMismatchException(string operation, Money left, Money right)
        : base($"Cannot {operation} {left} and {right}: they are in different currencies " +
               $"({left.Currency.Code} and {right.Currency.Code}); convert one to the other's currency first.")
    {
        LeftCurrency = left.Currency;
        RightCurrency = right.Currency;
    }

    /// <summary>The currency of the left-hand amount.</summary>
    public CurrencyCode LeftCurrency { get; }

    /// <summary>The currency of the right-hand amount.</summary>
    public CurrencyCode RightCurrency { get; }
}
