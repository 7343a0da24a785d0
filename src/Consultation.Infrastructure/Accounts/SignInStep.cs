namespace Consultation.Infrastructure.Accounts;

/// <summary>Where a sign-in attempt leaves the person.</summary>
public enum SignInStep
{
    /// <summary>Wrong name, wrong password or code, locked or unknown account: one answer for all of them.</summary>
    Refused,

    /// <summary>Signed in to the back office.</summary>
    SignedIn,

    /// <summary>The password was right; the authenticator code is asked next.</summary>
    CodeNeeded,

    /// <summary>The password was right; a reviewer or administrator without an authenticator sets one up first.</summary>
    EnrolmentNeeded,

    /// <summary>The password step is missing or has expired: start again at the sign-in page.</summary>
    Expired,
}
