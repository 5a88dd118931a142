using System.Runtime.CompilerServices;
using Platform.Records.Contracts;

namespace Platform.Records.Content;

/// <summary>
/// Keeps document bytes as files under one folder (Records:ContentRoot). A write goes to a
/// temporary file in the folder's <c>.incoming</c> directory first and is moved into place only when
/// complete, so a reader never finds a partial file; leftovers of a crash stay in <c>.incoming</c>
/// and are removed when the store next starts.
/// </summary>
internal sealed class LocalDiskContentStore : IDocumentContentStore, IContentInventory
{
    private const string Incoming = ".incoming";
    private readonly string _root;

    public LocalDiskContentStore(string root)
    {
        _root = Path.GetFullPath(root);
        var incoming = Path.Combine(_root, Incoming);
        Directory.CreateDirectory(incoming);
        foreach (var leftover in Directory.EnumerateFiles(incoming, "*.part"))
        {
            File.Delete(leftover);
        }
    }

    public string Root => _root;

    public async Task WriteAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var target = PathOf(key);
        var temporary = Path.Combine(_root, Incoming, $"{Guid.NewGuid():N}.part");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporary, target, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(key)));

    /// <summary>Every file under the root but the <c>.incoming</c> folder (writes in progress), keyed as the module keys them.</summary>
    public async IAsyncEnumerable<StoredFileInfo> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var incoming = Path.Combine(_root, Incoming) + Path.DirectorySeparatorChar;
        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path.StartsWith(incoming, StringComparison.Ordinal))
            {
                continue;
            }

            var file = new FileInfo(path);
            if (file.Exists)
            {
                yield return new StoredFileInfo(Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/'), file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
            }
        }

        await Task.CompletedTask;
    }

    /// <summary>Keys are made by the module (<c>2026/11/{guid}</c>); anything that would leave the root is refused.</summary>
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !key.Contains("..", StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"Content key '{key}' does not name a file inside the content store.", nameof(key));
    }
}
