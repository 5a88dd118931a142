using System.Globalization;
using Platform.Kernel.Values;

namespace Platform.Kernel.Validation;

/// <summary>
/// Collects broken rules. The helpers write messages that name the field, the value and what is
/// expected, so every module reports errors the same way.
/// </summary>
public sealed class ValidationErrors
{
    private const int MaxEchoedLength = 80;
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> All => _errors;

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, object? value, string rule, string expected)
    {
        var shown = Show(value);
        _errors.Add(new ValidationError(field, shown, rule, $"'{field}' {expected}; got {Quote(shown)}."));
    }

    public bool NotEmpty(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(field, value, "NotEmpty", "must not be empty");
        return false;
    }

    public bool MaxLength(string field, string? value, int max)
    {
        if (value is null || value.Length <= max)
        {
            return true;
        }

        Add(field, value, "MaxLength", $"must be at most {max} characters long (it has {value.Length})");
        return false;
    }

    public bool InRange<T>(string field, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0)
        {
            return true;
        }

        Add(field, value, "InRange", FormattableString.Invariant($"must be between {min} and {max}"));
        return false;
    }

    public bool NotDefault<T>(string field, T value)
        where T : struct
    {
        if (!EqualityComparer<T>.Default.Equals(value, default))
        {
            return true;
        }

        Add(field, value, "Required", "is required");
        return false;
    }

    /// <summary>Checks that a value parses as one of the kernel's value types, reporting that type's own explanation.</summary>
    public bool Parses<T>(string field, string? value, Func<string, T> parse)
    {
        try
        {
            _ = parse(value ?? string.Empty);
            return true;
        }
        catch (ValueFormatException ex)
        {
            Add(field, value, "Format", $"is not {ValueFormatException.Article(ex.ValueKind)} {ex.ValueKind}: expected {ex.Expected.TrimEnd('.')}");
            return false;
        }
    }

    /// <summary>
    /// Takes the errors of an item checked on its own (one row of a batch) under the item's path,
    /// so "identity.nationality" becomes "patients[3].identity.nationality" in field and message.
    /// </summary>
    public void AddNested(string prefix, ValidationErrors item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var error in item.All)
        {
            var field = $"{prefix}.{error.Field}";
            var quoted = $"'{error.Field}'";
            var message = error.Message.StartsWith(quoted, StringComparison.Ordinal)
                ? $"'{field}'{error.Message[quoted.Length..]}"
                : error.Message;
            _errors.Add(error with { Field = field, Message = message });
        }
    }

    private static string? Show(object? value) => value switch
    {
        null => null,
        string s when s.Length > MaxEchoedLength => string.Concat(s.AsSpan(0, MaxEchoedLength), "…"),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Quote(string? value) => value is null ? "nothing" : $"'{value}'";
}
