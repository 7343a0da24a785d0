using Consultation.Core.Inspection;

namespace Consultation.Infrastructure.Inspection;

/// <summary>
/// One thing that makes an item fail or puts it at risk: what it is (a message key and its arguments, shown in the
/// reader's language), how serious, and the back-office page where it is fixed.
/// </summary>
public sealed record InspectionFinding(InspectionStatus Status, string TextKey, IReadOnlyList<object> Arguments,
    string FixUrl);
