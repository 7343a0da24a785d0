namespace Consultation.Infrastructure.Seeding;

public sealed record GeneratedCredential(string UserName, string Role, string Password);
