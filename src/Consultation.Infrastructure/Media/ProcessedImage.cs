namespace Consultation.Infrastructure.Media;

/// <summary>An upload after decoding and re-encoding: nothing of the uploaded byte stream survives, only its pixels.</summary>
public sealed record ProcessedImage(byte[] Bytes, string ContentType, string Extension, int Width, int Height,
    IReadOnlyList<ImageRendition> Renditions);
