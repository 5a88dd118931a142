using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// An amount in one currency. The amount is kept exactly as computed (a unit price or a
/// tax step may need more decimals than the currency has); call <see cref="Round()"/> when
/// a figure becomes final. Amounts in different currencies never mix: adding, subtracting
/// or comparing them throws <see cref="CurrencyMismatchException"/>.
/// </summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public sealed partial record Money : IComparable<Money>, IParsable<Money>
{
    private const string Kind = "amount of money";
    private const string Expected = "a decimal amount followed by an ISO 4217 currency code, such as 1,234.50 USD";
    private const NumberStyles AmountStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign
        | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;

    /// <param name="amount">Kept exactly; it is not rounded here.</param>
    /// <param name="currency">The currency the amount is in.</param>
    public Money(decimal amount, CurrencyCode currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount, possibly with more decimals than the currency's minor units.</summary>
    public decimal Amount { get; }

    /// <summary>The currency the amount is in.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Nothing, in the given currency: the start of a sum.</summary>
    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    /// <summary>Rounds to the currency's minor units, halves away from zero (12.345 USD becomes 12.35 USD).</summary>
    public Money Round() => Round(MidpointRounding.AwayFromZero);

    /// <summary>
    /// Rounds to the currency's minor units with the given midpoint rule; pass
    /// <see cref="MidpointRounding.ToEven"/> for banker's rounding (12.345 USD becomes 12.34 USD).
    /// </summary>
    public Money Round(MidpointRounding mode) => new(decimal.Round(Amount, Currency.MinorUnits, mode), Currency);

    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency("add", left, right);
        return new(left.Amount + right.Amount, left.Currency);
    }

    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency("subtract", left, right);
        return new(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>The same amount with the opposite sign, as for a refund.</summary>
    public static Money operator -(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new(-money.Amount, money.Currency);
    }

    /// <summary>Scales the amount exactly; round the result when it is final.</summary>
    public static Money operator *(Money money, decimal factor)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new(money.Amount * factor, money.Currency);
    }

    /// <summary>Scales the amount exactly; round the result when it is final.</summary>
    public static Money operator *(decimal factor, Money money) => money * factor;

    /// <summary>Orders amounts of one currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money? other)
    {
        if (other is null)
        {
            return 1;
        }

        EnsureSameCurrency("compare", this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => Compare(left, right) < 0;

    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => Compare(left, right) > 0;

    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => Compare(left, right) <= 0;

    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => Compare(left, right) >= 0;

    /// <summary>
    /// Parses the invariant form that <see cref="ToString()"/> writes: an amount with "." for
    /// decimals and optional "," between thousands, a space, then the currency code.
    /// </summary>
    /// <exception cref="ValueFormatException">The input is empty or not in that form.</exception>
    public static Money Parse(string value) =>
        TryParse(value, out var money) ? money : throw new ValueFormatException(Kind, value, Expected);

    /// <summary>Like <see cref="Parse(string)"/>, reporting failure instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out Money? result)
    {
        result = null;
        var text = value?.Trim();
        var space = text?.LastIndexOf(' ') ?? -1;
        if (text is null || space < 0
            || !decimal.TryParse(text.AsSpan(0, space), AmountStyle, CultureInfo.InvariantCulture, out var amount)
            || !CurrencyCode.TryParse(text[(space + 1)..], out var currency))
        {
            return false;
        }

        result = new Money(amount, currency);
        return true;
    }

    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Money>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Money result) =>
        TryParse(s, out result);

    /// <summary>
    /// Invariant, with at least the currency's minor units and any further decimals the
    /// amount carries: "1,234.50 USD", "1,500 JPY", "0.125 USD" (never silently rounded).
    /// </summary>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// For display in a culture: "1.234,50 USD" in de-DE; null means the current culture.
    /// The code is kept rather than a symbol, since "$" alone is ambiguous.
    /// </summary>
    public string ToString(IFormatProvider? provider) =>
        string.Concat(Amount.ToString("N" + DisplayDecimals().ToString(CultureInfo.InvariantCulture), provider), " ", Currency.Code);

    // Shows the minor units always, and any further decimals the amount really carries,
    // so an unrounded amount is never displayed as if it were rounded.
    private int DisplayDecimals()
    {
        var decimals = Currency.MinorUnits;
        while (decimals < Amount.Scale && decimal.Round(Amount, decimals) != Amount)
        {
            decimals++;
        }

        return decimals;
    }

    private static int Compare(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.CompareTo(right ?? throw new ArgumentNullException(nameof(right)));
    }

    private static void EnsureSameCurrency(string operation, Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Currency != right.Currency)
        {
            throw new CurrencyMismatchException(operation, left, right);
        }
    }
}
