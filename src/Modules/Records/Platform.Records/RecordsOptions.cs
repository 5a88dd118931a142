namespace Platform.Records;

/// <summary>The "Records" configuration section.</summary>
internal sealed class RecordsOptions
{
    public const string SectionName = "Records";

    /// <summary>The largest document version accepted, in bytes. Default 25 MB.</summary>
    public long MaxDocumentBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>
    /// Where the local-disk content store keeps files, relative to the host's content root unless
    /// absolute. Unset: a <c>records</c> folder beside the SQLite file (Database:SqlitePath), or
    /// <c>App_Data/records</c> on PostgreSQL.
    /// </summary>
    public string? ContentRoot { get; set; }

    /// <summary>"none" (accept everything, the default) or "eicar" (refuse the EICAR test signature, to prove the hook works).</summary>
    public string VirusScanner { get; set; } = "none";

    /// <summary>How long after a request (or its last reminder) the provider is due a reminder. Default 7 days.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// The country of the center (ISO 3166-1); a share recipient elsewhere is abroad and needs the
    /// patient's cross-border transfer consent. When unset, every recipient counts as abroad.
    /// </summary>
    public string? CenterCountry { get; set; }

    /// <summary>The longest a share may stay open. Default 90 days.</summary>
    public TimeSpan MaxShareDuration { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often the content store is swept for files no document version references. Default 6 hours; zero switches the sweep off.</summary>
    public TimeSpan OrphanSweepInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How old an unreferenced file must be before a sweep removes it. Default 24 hours: far longer than any
    /// upload takes to commit, so a file whose document is still being saved is never taken.
    /// </summary>
    public TimeSpan OrphanGracePeriod { get; set; } = TimeSpan.FromHours(24);
}
