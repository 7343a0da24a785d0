namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// How many proof-of-work challenges this node issued in the last minute (a sliding estimate over two one-minute
/// buckets). Above <see cref="ProofOfWorkOptions.LoadThresholdPerMinute"/> the site is being asked for forms faster than
/// people fill them in, so <see cref="MaxNumberFor"/> hands out harder challenges until the rate falls again.
/// </summary>
public sealed class ChallengeLoad(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private long _minute;
    private int _current;
    private int _previous;

    /// <summary>Counts one challenge issued now and returns the upper bound it should use.</summary>
    public int MaxNumberFor(ProofOfWorkOptions settings)
    {
        var rate = CountOne();
        if (settings.LoadThresholdPerMinute <= 0 || rate <= settings.LoadThresholdPerMinute) return settings.MaxNumber;
        return (int)Math.Min(int.MaxValue - 1L, (long)settings.MaxNumber * settings.LoadMultiplier);
    }

    private double CountOne()
    {
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        lock (_gate)
        {
            if (minute != _minute)
            {
                _previous = minute == _minute + 1 ? _current : 0;
                _current = 0;
                _minute = minute;
            }
            _current++;
            // The previous minute counts for the part of it still inside the last sixty seconds.
            var elapsed = (now.ToUnixTimeMilliseconds() % 60_000) / 60_000.0;
            return _current + _previous * (1 - elapsed);
        }
    }
}
