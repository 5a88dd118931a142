using System.Numerics;

namespace Platform.Kernel.Values;

public sealed partial record Money
{
    /// <summary>
    /// Splits into <paramref name="parts"/> amounts that differ by at most one minor unit and
    /// add up exactly to this one; the first parts take the leftover units
    /// (100.00 USD in 3 is 33.34, 33.33, 33.33).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one part.</exception>
    /// <exception cref="InvalidOperationException">The amount has more decimals than the currency's minor units.</exception>
    public IReadOnlyList<Money> Split(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var ratios = new decimal[parts];
        Array.Fill(ratios, 1m);
        return Allocate(ratios);
    }

    /// <summary>
    /// Divides in proportion to <paramref name="ratios"/> (70 and 30, or 0.5, 0.25 and 0.25)
    /// into amounts of whole minor units that add up exactly to this one. Each part gets its
    /// share rounded towards zero; the minor units left over go one each to the first parts
    /// whose ratio is above zero, so a part with ratio zero always gets zero.
    /// </summary>
    /// <exception cref="ArgumentException">No ratios, a negative ratio, or all ratios zero.</exception>
    /// <exception cref="InvalidOperationException">The amount has more decimals than the currency's minor units.</exception>
    public IReadOnlyList<Money> Allocate(params ReadOnlySpan<decimal> ratios)
    {
        var weights = ToWeights(ratios);
        var units = WholeMinorUnits();
        var totalWeight = weights.Aggregate(BigInteger.Zero, (sum, weight) => sum + weight);

        // Exact integer arithmetic: each share is rounded down by less than one unit, so the
        // leftover is smaller than the number of parts with a weight, and one pass hands it out.
        var shares = weights.Select(weight => units * weight / totalWeight).ToArray();
        var leftover = units - shares.Aggregate(BigInteger.Zero, (sum, share) => sum + share);
        for (var i = 0; i < shares.Length && leftover > 0; i++)
        {
            if (!weights[i].IsZero)
            {
                shares[i]++;
                leftover--;
            }
        }

        var sign = Amount < 0 ? -1m : 1m;
        var unitsPerMajor = (decimal)BigInteger.Pow(10, Currency.MinorUnits);
        return [.. shares.Select(share => new Money(sign * (decimal)share / unitsPerMajor, Currency))];
    }

    // The absolute amount counted in minor units (cents for USD, fils for KWD).
    private BigInteger WholeMinorUnits()
    {
        var scaled = Mantissa(Amount) * BigInteger.Pow(10, Currency.MinorUnits);
        var units = BigInteger.DivRem(scaled, BigInteger.Pow(10, Amount.Scale), out var fraction);
        return fraction.IsZero
            ? units
            : throw new InvalidOperationException(
                $"Cannot divide {this}: it has more decimals than the {Currency.MinorUnits} minor units of " +
                $"{Currency.Code}. Round it first, then divide.");
    }

    // Ratios as integers on one common scale, so the division below is exact.
    private static BigInteger[] ToWeights(ReadOnlySpan<decimal> ratios)
    {
        if (ratios.IsEmpty)
        {
            throw new ArgumentException("Give at least one ratio to allocate by.", nameof(ratios));
        }

        var scale = 0;
        foreach (var ratio in ratios)
        {
            if (ratio < 0)
            {
                throw new ArgumentException($"Ratios cannot be negative, but {ratio} was given.", nameof(ratios));
            }

            scale = Math.Max(scale, ratio.Scale);
        }

        var weights = new BigInteger[ratios.Length];
        for (var i = 0; i < ratios.Length; i++)
        {
            weights[i] = Mantissa(ratios[i]) * BigInteger.Pow(10, scale - ratios[i].Scale);
        }

        return weights.All(weight => weight.IsZero)
            ? throw new ArgumentException("At least one ratio must be above zero.", nameof(ratios))
            : weights;
    }

    // The unsigned 96-bit integer a decimal is made of; the value is Mantissa / 10^Scale.
    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
    }
}
