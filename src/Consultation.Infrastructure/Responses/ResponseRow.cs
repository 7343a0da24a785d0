using Consultation.Core.Responses;

namespace Consultation.Infrastructure.Responses;

/// <summary>A response notice with the item it concerns (null if that is no longer public) and its timing now.</summary>
public sealed record ResponseRow(ResponseNotice Notice, ConcernSubject? Subject, ResponseTiming Timing);
