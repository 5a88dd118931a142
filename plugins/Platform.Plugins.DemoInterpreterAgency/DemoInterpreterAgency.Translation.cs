using System.Globalization;
using System.Text;
using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Platform.Plugins.DemoInterpreterAgency;

/// <summary>Document translation: priced by the word, a due date the agency can meet, and progress (received, in progress, delivered or rejected) reported over time.</summary>
internal sealed partial class DemoInterpreterAgency
{
    private static readonly HashSet<string> _readableFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/plain", "application/pdf", "image/jpeg", "image/png", "image/tiff", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public async Task<PartnerResult<TranslationJob>> SubmitTranslationAsync(TranslationRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await book.OnceAsync("translation", idempotencyKey, Requests.Fingerprint(request), async () =>
        {
            await simulation.RespondAsync($"translate|{idempotencyKey}", cancellationToken);
            if (simulation.Refused<TranslationJob>() is { } refused)
            {
                return refused;
            }

            var now = simulation.Now;
            if (Requests.Problem(request, now) is { } problem)
            {
                return PartnerResult.Failed<TranslationJob>(PartnerFailureCategory.InvalidRequest, $"{Settings.AgencyName} rejected the order: {problem}.");
            }

            var missing = new[] { request.SourceLanguage, request.TargetLanguage }.Where(l => !simulation.Offers(l)).ToList();
            if (missing.Count > 0)
            {
                return PartnerResult.Declined<TranslationJob>("LANGUAGE_NOT_OFFERED", $"{Settings.AgencyName} does not translate {string.Join(" or ", missing)}.");
            }

            if (!_readableFormats.Contains(request.Document.ContentType))
            {
                return PartnerResult.Declined<TranslationJob>("UNSUPPORTED_FORMAT", $"{Settings.AgencyName} cannot read {request.Document.ContentType}; send text, PDF, DOCX or a JPEG, PNG or TIFF scan.");
            }

            var words = Words(request.Document);
            var days = (int)Math.Ceiling(words / (double)Settings.WordsPerDay) + (request.Certified ? 1 : 0);
            var earliest = now.AddDays(days);
            if (request.DueBy < earliest)
            {
                return PartnerResult.Declined<TranslationJob>("DUE_DATE_TOO_SOON", $"About {words} words{(request.Certified ? ", certified," : string.Empty)} take {days} working day(s); the earliest due date is {earliest:yyyy-MM-dd HH:mm} UTC.");
            }

            var price = Math.Max(25m, words * Settings.PricePerWord * (request.Certified ? 1.5m : 1m));
            var reference = simulation.Reference("TRN", idempotencyKey.Value);
            var job = new TranslationJob(reference, TranslationJobState.Received, request.DueBy, simulation.Money(price), Note: $"About {words} words{(request.Certified ? "; a sworn translator will certify it" : string.Empty)}.");
            book.Jobs[reference] = job;
            scheduler.Schedule($"Translation {reference}", token => ProgressAsync(reference, request, token));
            return PartnerResult.Success(job);
        }, cancellationToken);
    }

    public async Task<PartnerResult<TranslationJob>> GetTranslationAsync(string jobReference, CancellationToken cancellationToken)
    {
        await simulation.RespondAsync($"job|{jobReference}", cancellationToken);
        return simulation.Refused<TranslationJob>()
            ?? (book.Jobs.TryGetValue(jobReference, out var job) ? PartnerResult.Success(job) : NotFound<TranslationJob>("translation job", jobReference));
    }

    /// <summary>Received, then in progress, then delivered; a scan may turn out unreadable and be rejected.</summary>
    private async Task ProgressAsync(string reference, TranslationRequest request, CancellationToken cancellationToken)
    {
        await scheduler.DelayAsync(Settings.TranslationStep, cancellationToken);
        await MoveAsync(reference, job => job with { State = TranslationJobState.InProgress, Note = request.Certified ? "Being translated; certification follows review." : "Being translated." }, cancellationToken);
        await scheduler.DelayAsync(Settings.TranslationStep, cancellationToken);
        var unreadable = request.Document.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && simulation.Roll("unreadable", reference) < 0.2;
        await MoveAsync(reference, job => unreadable
            ? job with { State = TranslationJobState.Rejected, Note = $"The scan of {request.Document.FileName} is not legible enough to translate; send a sharper scan or the original PDF." }
            : job with { State = TranslationJobState.Delivered, Translation = Rendition(reference, request), Note = "Delivered." }, cancellationToken);
    }

    private async Task MoveAsync(string reference, Func<TranslationJob, TranslationJob> change, CancellationToken cancellationToken)
    {
        TranslationJob job;
        lock (book.Sync)
        {
            job = book.Jobs[reference] = change(book.Jobs[reference]);
        }

        await events.PublishAsync(new TranslationJobChanged(reference, simulation.Now, job), cancellationToken);
    }

    /// <summary>
    /// The delivered file. A demo agency has no translators: the file says so in its header and carries the
    /// source text (for text documents), so nobody mistakes it for a real translation.
    /// </summary>
    private SupportingDocument Rendition(string reference, TranslationRequest request)
    {
        var source = request.Document;
        var header = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{Settings.AgencyName} — translation {reference} ({request.SourceLanguage} to {request.TargetLanguage}) of {source.FileName}")
            .AppendLine(request.Certified ? string.Create(CultureInfo.InvariantCulture, $"Certified by sworn translator no. {(int)(simulation.Roll("sworn", reference) * 9000) + 1000}.") : "Not certified.")
            .AppendLine("DEMO AGENCY: no translation was made; the source text follows.")
            .AppendLine();
        var body = source.ContentType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8.GetString(source.Content.Span) : $"[{source.ContentType}, {source.Content.Length} bytes]";
        var name = $"{Path.GetFileNameWithoutExtension(source.FileName)}.{request.TargetLanguage}.txt";
        return new SupportingDocument(name, "text/plain", Encoding.UTF8.GetBytes(header + body), $"Translation of {source.FileName} into {request.TargetLanguage}");
    }

    /// <summary>Words in a text document; for other formats an estimate from the size (about eight bytes a word).</summary>
    private static int Words(SupportingDocument document) => Math.Max(50, document.ContentType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
        ? Encoding.UTF8.GetString(document.Content.Span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length
        : document.Content.Length / 8);
}
