namespace Consultation.Infrastructure.Media;

/// <summary>What a document upload turned out to be, judged by its bytes; the extension is ours, not the uploader's.</summary>
public sealed record InspectedDocument(string ContentType, string Extension)
{
    public static readonly InspectedDocument Pdf = new("application/pdf", ".pdf");

    public static readonly InspectedDocument Docx =
        new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    public static readonly InspectedDocument Xlsx =
        new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    /// <summary>版式文档 (GB/T 33190), the Chinese fixed-layout format used for official documents.</summary>
    public static readonly InspectedDocument Ofd = new("application/ofd", ".ofd");
}
