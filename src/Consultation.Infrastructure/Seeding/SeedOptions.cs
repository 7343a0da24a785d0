namespace Consultation.Infrastructure.Seeding;

/// <summary>The <c>Seed</c> section. Demo data is on by default so a newcomer sees a working site; production turns it off.</summary>
public sealed class SeedOptions
{
    public bool DemoData { get; set; } = true;
    public string AdministratorUserName { get; set; } = "admin";
}
