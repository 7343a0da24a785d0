namespace Consultation.Infrastructure.Accounts;

/// <summary>The outcome of confirming an authenticator: the step reached and, once signed in, the recovery codes shown once.</summary>
public sealed record Enrolment(SignInStep Step, IReadOnlyList<string> RecoveryCodes);
