using Consultation.Core.Inspection;

namespace Consultation.Infrastructure.Inspection;

/// <summary>One veto item's verdict, with the findings that cause it (none when it passes).</summary>
public sealed record InspectionItem(InspectionItemKey Key, InspectionStatus Status, IReadOnlyList<InspectionFinding> Findings);
