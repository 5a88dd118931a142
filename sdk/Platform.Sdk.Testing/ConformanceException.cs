namespace Platform.Sdk.Testing;

/// <summary>The plugin broke one or more rules of the SDK; the message lists each finding.</summary>
public sealed class ConformanceException : Exception
{
    /// <summary>Creates the exception from a check's findings.</summary>
    /// <param name="check">The check's name.</param>
    /// <param name="findings">What the check found, one sentence each.</param>
    public ConformanceException(string check, IReadOnlyList<string> findings)
        : base($"Conformance check '{check}' failed:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", findings)}")
    {
        Check = check;
        Findings = findings;
    }

    /// <summary>Creates the exception without detail.</summary>
    public ConformanceException()
        : this("(unknown)", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConformanceException(string message)
        : base(message)
    {
        Check = "(unknown)";
        Findings = [message];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Check = "(unknown)";
        Findings = [message];
    }

    /// <summary>The check that failed.</summary>
    public string Check { get; }

    /// <summary>What it found.</summary>
    public IReadOnlyList<string> Findings { get; }
}
