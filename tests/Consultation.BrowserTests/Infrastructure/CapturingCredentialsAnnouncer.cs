using Consultation.Infrastructure.Seeding;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>Keeps the first-run passwords in memory so tests can sign in as each demo role.</summary>
public sealed class CapturingCredentialsAnnouncer : ICredentialsAnnouncer
{
    private readonly List<GeneratedCredential> _announced = [];

    public void Announce(IReadOnlyList<GeneratedCredential> credentials)
    {
        lock (_announced) _announced.AddRange(credentials);
    }

    public string PasswordOf(string userName)
    {
        lock (_announced)
        {
            return _announced.SingleOrDefault(c => c.UserName == userName)?.Password
                   ?? throw new InvalidOperationException($"No first-run password was announced for '{userName}'.");
        }
    }
}
