using System.Text;
using Platform.Records.Contracts;

namespace Platform.Records.Tests.Infrastructure;

/// <summary>Small files whose bytes are what they claim (or deliberately not).</summary>
public static class Files
{
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public static byte[] Pdf(string text = "Referral") => Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% {text}\n%%EOF\n");

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static byte[] Dicom()
    {
        var bytes = new byte[200];
        Encoding.ASCII.GetBytes("DICM").CopyTo(bytes, 128);
        return bytes;
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    public static DocumentContent Content(byte[] bytes, string contentType, string fileName = "file.pdf") => new(fileName, contentType, new MemoryStream(bytes));
}
