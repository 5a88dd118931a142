namespace Platform.Records.Contracts;

/// <summary>
/// Where document bytes live. Keys are chosen by the Records module and never reused. Writing is all
/// or nothing: a reader never sees part of a file, and a failed write leaves nothing behind. The
/// default keeps files on local disk (Records:ContentStore:Root); a hospital may register its own
/// (object storage, a document archive) in the host's services.
/// </summary>
public interface IDocumentContentStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, all or nothing.</summary>
    Task WriteAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens the bytes stored under <paramref name="key"/>; null when there are none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes what is stored under <paramref name="key"/>; nothing happens when there is nothing.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Whether something is stored under <paramref name="key"/>.</summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);
}

/// <summary>
/// The virus-scanning hook: every upload passes through it before anything is stored. The default
/// accepts everything (Records:VirusScanner = none); register a scanner that calls the hospital's
/// antivirus (ClamAV, an ICAP server) to replace it.
/// </summary>
public interface IVirusScanner
{
    /// <summary>Reads <paramref name="content"/> and says whether it may be stored.</summary>
    ValueTask<ScanVerdict> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken);
}

/// <summary>A scanner's answer; Threat names what it found when the content is not clean.</summary>
public sealed record ScanVerdict(bool Clean, string? Threat)
{
    public static ScanVerdict Accepted { get; } = new(true, null);

    public static ScanVerdict Refused(string threat) => new(false, threat);
}
