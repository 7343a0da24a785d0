namespace Consultation.Infrastructure.Seeding;

/// <summary>Tells the operator, once, the passwords generated on first run. Never routed through the logger.</summary>
public interface ICredentialsAnnouncer
{
    void Announce(IReadOnlyList<GeneratedCredential> credentials);
}
