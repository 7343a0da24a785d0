namespace Consultation.Infrastructure.Captcha;

/// <summary>Settings under <c>Captcha:ProofOfWork</c>.</summary>
public sealed class ProofOfWorkOptions
{
    /// <summary>Session time-outs on this site are never shorter than this (适老化 rules), and neither is a challenge.</summary>
    public const int MinimumLifetimeMinutes = 3;

    /// <summary>
    /// Upper bound of the secret number; a browser tries on average half of it. 50 000 takes well under a second on
    /// a desktop and a few seconds on an old phone, enough to make bulk posting costly without making anyone wait.
    /// </summary>
    public int MaxNumber { get; set; } = 50_000;

    /// <summary>How long a challenge may be solved and submitted. Generous, because older readers type slowly.</summary>
    public int LifetimeMinutes { get; set; } = 10;

    /// <summary>
    /// Challenges issued per minute on one node above which the site is under load (far more forms asked for than
    /// people fill in); 0 never raises the difficulty.
    /// </summary>
    public int LoadThresholdPerMinute { get; set; } = 120;

    /// <summary>Under load <see cref="MaxNumber"/> is multiplied by this: ten times the work for every script.</summary>
    public int LoadMultiplier { get; set; } = 10;
}
