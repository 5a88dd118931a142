using System.IO.Compression;
using System.Text;
using Platform.Records.Contracts;

namespace Platform.Records.Passport;

/// <summary>The passport as a ZIP: index.html linking the included documents' files, stored beside it under documents/.</summary>
internal static class HealthPassportBundle
{
    /// <summary>Writes the ZIP to a temporary file (deleted when the returned stream closes), positioned at its start.</summary>
    public static async Task<Stream> WriteAsync(PassportContent content, IDocumentContentStore store, CancellationToken cancellationToken)
    {
        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"platform-passport-{Guid.NewGuid():N}.zip"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
            {
                var index = zip.CreateEntry("index.html", CompressionLevel.Optimal);
                index.LastWriteTime = content.GeneratedAt;
                await using (var writer = new StreamWriter(await index.OpenAsync(cancellationToken), new UTF8Encoding(false)))
                {
                    await writer.WriteAsync(HealthPassportHtml.Render(content, linkFiles: true).AsMemory(), cancellationToken);
                }

                foreach (var document in content.Documents)
                {
                    await using var bytes = await store.OpenReadAsync(document.StorageKey, cancellationToken)
                        ?? throw new InvalidOperationException(
                            $"The content of version {document.Document.Version} of document {document.Document.DocumentId} (key {document.StorageKey}) is missing from the content store.");
                    var entry = zip.CreateEntry(document.BundlePath, CompressionLevel.Optimal);
                    entry.LastWriteTime = content.GeneratedAt;
                    await using var target = await entry.OpenAsync(cancellationToken);
                    await bytes.CopyToAsync(target, cancellationToken);
                }
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
