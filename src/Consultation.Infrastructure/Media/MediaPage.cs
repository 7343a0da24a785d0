using Consultation.Core.Media;

namespace Consultation.Infrastructure.Media;

/// <summary>One page of the library, newest first.</summary>
public sealed record MediaPage(IReadOnlyList<MediaAsset> Items, int Page, bool HasNext);
