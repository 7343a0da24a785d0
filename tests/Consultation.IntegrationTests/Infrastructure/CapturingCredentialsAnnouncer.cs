using Consultation.Infrastructure.Seeding;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>Keeps the first-run passwords in memory so tests can sign in as each demo role.</summary>
public sealed class CapturingCredentialsAnnouncer : ICredentialsAnnouncer
{
    private readonly List<GeneratedCredential> _announced = [];

    public IReadOnlyList<GeneratedCredential> Announced => _announced;

    public int Calls { get; private set; }

    public void Announce(IReadOnlyList<GeneratedCredential> credentials)
    {
        Calls++;
        _announced.AddRange(credentials);
    }

    public string PasswordOf(string userName) => _announced.Single(c => c.UserName == userName).Password;
}
