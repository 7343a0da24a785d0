using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// Limits opened wide and the captcha made cheap, so hostile payloads reach validation and storage instead of all
/// stopping at the rate limit or the proof of work (both are tested on their own in Captcha/).
/// </summary>
internal static class HostileSettings
{
    public static Dictionary<string, string> Open() => new()
    {
        ["Comments:RateLimit:PermitLimit"] = "100000",
        ["PublicForms:RateLimit:PermitLimit"] = "100000",
        ["Captcha:ProofOfWork:MaxNumber"] = "50",
    };
}

public sealed class HostileSqliteSite() : SiteFixture(DatabaseUnderTest.NewSqlite(), "", HostileSettings.Open());

public sealed class HostilePostgresSite() : SiteFixture(DatabaseUnderTest.NewPostgres(),
    $"PostgreSQL not available: {DatabaseUnderTest.PostgresVariable} is not set.", HostileSettings.Open());
