using System.Text;

namespace Platform.Records.Content;

/// <summary>
/// What a file's bytes are, from their signature (magic numbers), independent of what the sender
/// declared: PDF, PNG, JPEG, TIFF, DICOM ("DICM" at offset 128) and plain UTF-8 text.
/// </summary>
internal static class ContentInspection
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Tiff = "image/tiff";
    public const string Dicom = "application/dicom";
    public const string Text = "text/plain";

    /// <summary>How many leading bytes detection needs.</summary>
    public const int HeadLength = 132;

    public static IReadOnlyList<string> Accepted { get; } = [Pdf, Png, Jpeg, Tiff, Dicom, Text];

    private static readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpg"] = Jpeg,
        ["image/pjpeg"] = Jpeg,
        ["image/tif"] = Tiff,
        ["application/x-pdf"] = Pdf,
    };

    /// <summary>The declared media type without parameters, in its canonical spelling; null when it is not one the center accepts.</summary>
    public static string? Normalize(string declared)
    {
        var type = declared.Split(';')[0].Trim().ToLowerInvariant();
        type = _aliases.GetValueOrDefault(type, type);
        return Accepted.Contains(type) ? type : null;
    }

    /// <summary>The type the signature shows, or null when the bytes have none of the accepted signatures (text is decided separately).</summary>
    public static string? DetectBinary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return Tiff;
        }

        return head.Length >= 132 && head[128..132].SequenceEqual("DICM"u8) ? Dicom : null;
    }

    public static string Describe(string? detected) => detected switch
    {
        Pdf => "a PDF document (application/pdf)",
        Png => "a PNG image (image/png)",
        Jpeg => "a JPEG image (image/jpeg)",
        Tiff => "a TIFF image (image/tiff)",
        Dicom => "a DICOM file (application/dicom)",
        Text => "plain UTF-8 text (text/plain)",
        _ => "binary data of no accepted type",
    };

    /// <summary>Checks text chunk by chunk: valid UTF-8 and no control characters but tab, line feed, form feed and carriage return.</summary>
    internal sealed class TextCheck
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        private readonly char[] _chars = new char[8192];

        public bool IsText { get; private set; } = true;

        public void Add(ReadOnlySpan<byte> bytes, bool final)
        {
            if (!IsText)
            {
                return;
            }

            try
            {
                while (!bytes.IsEmpty || final)
                {
                    _decoder.Convert(bytes, _chars, final, out var used, out var written, out var completed);
                    bytes = bytes[used..];
                    foreach (var c in _chars.AsSpan(0, written))
                    {
                        if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
                        {
                            IsText = false;
                            return;
                        }
                    }

                    if (completed && bytes.IsEmpty)
                    {
                        return;
                    }
                }
            }
            catch (DecoderFallbackException)
            {
                IsText = false;
            }
        }
    }
}
