namespace Platform.Kernel.Validation;

/// <summary>One broken rule: which field, the value that was sent, the rule, and a sentence for a person.</summary>
public sealed record ValidationError(string Field, string? AttemptedValue, string Rule, string Message);
