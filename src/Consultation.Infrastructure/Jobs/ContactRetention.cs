namespace Consultation.Infrastructure.Jobs;

/// <summary>How long the contact details of <typeparamref name="T"/> are kept after closing, and how often to purge.</summary>
public sealed record ContactRetention<T>(int Days, TimeSpan Interval);
