using Consultation.Core;

namespace Consultation.Infrastructure.Media;

/// <summary>
/// Decides what a document is from its content, never from its name or the browser's Content-Type, both of which
/// the uploader controls. Only PDF, DOCX, XLSX and OFD get through; everything else is refused with a reason.
/// </summary>
public sealed class DocumentInspector
{
    private const int HeadLength = 4096;

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> Elf => [0x7F, 0x45, 0x4C, 0x46];
    private static ReadOnlySpan<byte> MachO32 => [0xFE, 0xED, 0xFA, 0xCE];
    private static ReadOnlySpan<byte> MachO64 => [0xFE, 0xED, 0xFA, 0xCF];
    private static ReadOnlySpan<byte> MachO32Reversed => [0xCE, 0xFA, 0xED, 0xFE];
    private static ReadOnlySpan<byte> MachO64Reversed => [0xCF, 0xFA, 0xED, 0xFE];
    private static ReadOnlySpan<byte> MachOUniversal => [0xCA, 0xFE, 0xBA, 0xBE];

    public InspectedDocument Inspect(byte[] upload)
    {
        var head = upload.AsSpan(0, Math.Min(upload.Length, HeadLength));
        if (IsExecutable(head)) throw new DomainException("media.refused_executable");
        // At offset 0 only: a file that merely contains "%PDF-" further in may be HTML wearing a PDF header.
        if (head.StartsWith("%PDF-"u8))
        {
            if (PdfActions.Run(upload)) throw new DomainException("media.refused_pdf_script");
            return InspectedDocument.Pdf;
        }
        if (head.StartsWith(Zip)) return OfficePackageInspector.Inspect(upload);
        throw new DomainException(MarkupSignature.RefusalFor(head) ?? "media.refused_unknown");
    }

    /// <summary>Windows PE, Linux ELF, macOS Mach-O, and scripts with a shebang line.</summary>
    private static bool IsExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)
        || head.StartsWith(Elf)
        || head.StartsWith(MachO32) || head.StartsWith(MachO64)
        || head.StartsWith(MachO32Reversed) || head.StartsWith(MachO64Reversed)
        || head.StartsWith(MachOUniversal)
        || head.StartsWith("#!"u8);
}
