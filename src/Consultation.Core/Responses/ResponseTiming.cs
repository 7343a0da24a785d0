namespace Consultation.Core.Responses;

/// <summary>How long the first response took (or has been waited for so far) against the target.</summary>
public sealed record ResponseTiming(TimeSpan Elapsed, int TargetHours, bool Responded)
{
    public bool WithinTarget => Elapsed <= TimeSpan.FromHours(TargetHours);

    /// <summary>Whole hours, rounded up: 1 hour and a minute is "2 hours" against a target.</summary>
    public int Hours => (int)Math.Ceiling(Elapsed.TotalHours);
}
