using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Documents;

namespace Platform.Records.Content;

/// <summary>
/// Takes an upload in: spools it to a temporary file while counting and hashing (stopping at the
/// size limit), checks the bytes against the declared type, has it scanned, and only then writes
/// it to the content store, registered with <see cref="ContentStaging"/> so it disappears again
/// unless the document's transaction commits. A refusal at any step stores nothing.
/// </summary>
internal sealed class UploadIntake(IDocumentContentStore store, IVirusScanner scanner, ContentStaging staging, IOptions<RecordsOptions> options, TimeProvider clock)
{
    private const int MaxFileNameLength = 255;

    public async Task<StoredContent> TakeAsync(string requestName, string field, DocumentContent upload, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var fileName = Path.GetFileName(upload.FileName ?? "").Trim();
        if (errors.NotEmpty($"{field}.fileName", fileName))
        {
            errors.MaxLength($"{field}.fileName", fileName, MaxFileNameLength);
        }

        var declared = ContentInspection.Normalize(upload.ContentType ?? "");
        if (declared is null)
        {
            errors.Add($"{field}.contentType", upload.ContentType, "ContentType",
                $"is not a type the center accepts: expected one of {string.Join(", ", ContentInspection.Accepted)}");
        }

        Throw(requestName, errors);

        var maxBytes = options.Value.MaxDocumentBytes;
        await using var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"platform-records-{Guid.NewGuid():N}.part"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new ContentInspection.TextCheck();
        var head = new byte[ContentInspection.HeadLength];
        var headLength = 0;
        long size = 0;
        var buffer = new byte[81920];
        int read;
        while ((read = await upload.Content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > maxBytes)
            {
                errors.Add(field, fileName, "MaxSize",
                    string.Create(CultureInfo.InvariantCulture, $"must be at most {maxBytes} bytes (Records:MaxDocumentBytes); this file is larger, so nothing was stored"));
                Throw(requestName, errors);
            }

            var chunk = buffer.AsSpan(0, read);
            var toHead = Math.Min(head.Length - headLength, read);
            chunk[..toHead].CopyTo(head.AsSpan(headLength));
            headLength += toHead;
            hash.AppendData(chunk);
            text.Add(chunk, final: false);
            await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        text.Add([], final: true);
        if (size == 0)
        {
            errors.Add(field, fileName, "NotEmpty", "must not be an empty file");
            Throw(requestName, errors);
        }

        var detected = ContentInspection.DetectBinary(head.AsSpan(0, headLength)) ?? (text.IsText ? ContentInspection.Text : null);
        if (detected != declared)
        {
            errors.Add($"{field}.contentType", upload.ContentType, "ContentMismatch",
                $"says {declared} but the bytes of '{fileName}' are {ContentInspection.Describe(detected)}; declare the right type or send the right file");
            Throw(requestName, errors);
        }

        spool.Position = 0;
        var verdict = await scanner.ScanAsync(spool, fileName, cancellationToken);
        if (!verdict.Clean)
        {
            throw new BusinessRuleException("CONTENT_REFUSED_BY_SCANNER",
                $"'{field}' ({fileName}) was refused by the virus scanner: it found {verdict.Threat ?? "a threat"}. Nothing was stored.");
        }

        var now = clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7(now):N}");
        spool.Position = 0;
        staging.Written(key);
        await store.WriteAsync(key, spool, cancellationToken);
        return new StoredContent(key, fileName, declared!, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static void Throw(string requestName, ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new ValidationException(requestName, errors.All);
        }
    }
}
