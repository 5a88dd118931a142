using System.Text;
using Platform.Records.Content;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Content;

/// <summary>The pure rules under uploads: signatures, text across chunk boundaries, the EICAR scanner across reads.</summary>
public sealed class ContentInspectionTests
{
    [Theory]
    [InlineData("image/JPG", "image/jpeg")]
    [InlineData("text/plain; charset=utf-8", "text/plain")]
    [InlineData("application/x-pdf", "application/pdf")]
    [InlineData("application/zip", null)]
    [InlineData("", null)]
    public void Normalize_KnowsTheAcceptedTypesAndTheirAliases(string declared, string? expected) =>
        ContentInspection.Normalize(declared).ShouldBe(expected);

    [Fact]
    public void DetectBinary_ReadsEachSignature_AndNothingElse()
    {
        ContentInspection.DetectBinary(Files.Pdf()).ShouldBe("application/pdf");
        ContentInspection.DetectBinary(Files.Png()).ShouldBe("image/png");
        ContentInspection.DetectBinary(Files.Dicom()).ShouldBe("application/dicom");
        ContentInspection.DetectBinary("MM\0*rest"u8).ShouldBe("image/tiff");
        ContentInspection.DetectBinary(new byte[131]).ShouldBeNull();
        ContentInspection.DetectBinary("plain words"u8).ShouldBeNull();
    }

    [Fact]
    public void TextCheck_AcceptsAMultiByteCharacterSplitAcrossChunks()
    {
        var bytes = Encoding.UTF8.GetBytes("Überweisung — خطاب");
        var check = new ContentInspection.TextCheck();

        check.Add(bytes.AsSpan(0, 1), final: false);
        check.Add(bytes.AsSpan(1), final: true);

        check.IsText.ShouldBeTrue();
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public void TextCheck_RefusesBrokenUtf8_TruncatedSequences_AndControlCharacters(byte[] bytes)
    {
        var check = new ContentInspection.TextCheck();

        check.Add(bytes, final: true);

        check.IsText.ShouldBeFalse();
    }

    [Fact]
    public async Task EicarScanner_FindsTheSignatureSplitAcrossReads()
    {
        var padding = new string('a', (64 * 1024) - 10);
        using var content = new MemoryStream(Encoding.ASCII.GetBytes(padding + Files.Eicar + "tail"));

        var verdict = await new EicarSignatureScanner().ScanAsync(content, "x.txt", CancellationToken.None);

        verdict.Clean.ShouldBeFalse();
        verdict.Threat.ShouldBe(EicarSignatureScanner.Threat);
    }

    [Fact]
    public async Task EicarScanner_AcceptsOrdinaryText()
    {
        using var content = new MemoryStream(Encoding.ASCII.GetBytes(new string('b', 200_000)));

        (await new EicarSignatureScanner().ScanAsync(content, "x.txt", CancellationToken.None)).Clean.ShouldBeTrue();
    }
}
