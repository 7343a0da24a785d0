namespace Consultation.Infrastructure.Media;

/// <summary>One file as posted by an editor. <see cref="FileName"/> is for display only; it decides nothing.</summary>
public sealed record MediaUpload(Stream Content, string FileName, string? AltText);
