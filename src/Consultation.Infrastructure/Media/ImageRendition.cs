namespace Consultation.Infrastructure.Media;

/// <summary>A WebP copy of an image at one of the configured widths, for <c>srcset</c>.</summary>
public sealed record ImageRendition(int Width, byte[] Bytes);
