namespace Consultation.Infrastructure.Seeding;

/// <summary>Prints first-run credentials straight to the console (not the log), so they are seen once and not stored.</summary>
public sealed class ConsoleCredentialsAnnouncer : ICredentialsAnnouncer
{
    public void Announce(IReadOnlyList<GeneratedCredential> credentials)
    {
        var o = Console.Out;
        o.WriteLine();
        o.WriteLine("==== Consultation: accounts created on first run (shown once, change them after signing in) ====");
        foreach (var c in credentials) o.WriteLine($"  {c.Role,-15} user: {c.UserName,-12} password: {c.Password}");
        o.WriteLine("==== Back office: /admin/login ====");
        o.WriteLine();
        o.Flush();
    }
}
