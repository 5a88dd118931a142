using System.Text;
using Platform.Records.Contracts;

namespace Platform.Records.Content;

/// <summary>The default scanner: accepts every upload. A hospital registers its antivirus in its place.</summary>
internal sealed class AcceptingVirusScanner : IVirusScanner
{
    public ValueTask<ScanVerdict> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken) => ValueTask.FromResult(ScanVerdict.Accepted);
}

/// <summary>
/// Refuses any upload that contains the EICAR anti-virus test string: not protection, but a way to
/// prove (in tests, or in a new deployment) that a refused upload stores nothing.
/// </summary>
internal sealed class EicarSignatureScanner : IVirusScanner
{
    public const string Threat = "EICAR-Test-File (not a virus)";

    // Assembled from two halves so this source file is not itself flagged by an antivirus.
    private static readonly byte[] _signature = Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    public async ValueTask<ScanVerdict> ScanAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024 + _signature.Length];
        var carried = 0;
        int read;
        while ((read = await content.ReadAsync(buffer.AsMemory(carried, buffer.Length - carried), cancellationToken)) > 0)
        {
            var filled = carried + read;
            if (buffer.AsSpan(0, filled).IndexOf(_signature) >= 0)
            {
                return ScanVerdict.Refused(Threat);
            }

            // Keep the tail so a signature split across two reads is still found.
            carried = Math.Min(filled, _signature.Length - 1);
            buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
        }

        return ScanVerdict.Accepted;
    }
}
