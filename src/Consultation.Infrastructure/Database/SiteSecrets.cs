using Consultation.Infrastructure.Secrets;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Database;

/// <summary>
/// Reads a named <see cref="SiteSecret"/>, creating a random 32-byte one on first use, safely across nodes. With a
/// <see cref="SecretsKeyFile"/> the stored value is encrypted with it; a secret stored in the clear earlier is still
/// read, and sealed in place on that first read.
/// </summary>
public static class SiteSecrets
{
    public static byte[] LoadOrCreate(IServiceScopeFactory scopes, string name)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var keyFile = scope.ServiceProvider.GetRequiredService<SecretsKeyFile>();
        var existing = db.Set<SiteSecret>().Find(name);
        if (existing is not null) return Opened(db, existing, keyFile);
        var value = RandomNumberGenerator.GetBytes(32);
        db.Set<SiteSecret>().Add(new SiteSecret { Name = name, Value = keyFile.IsConfigured ? keyFile.Seal(value) : value });
        try
        {
            db.SaveChanges();
            return value;
        }
        catch (DbUpdateException)
        {
            // Another node created it first: use theirs.
            using var retry = scopes.CreateScope();
            var theirs = retry.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<SiteSecret>().Find(name)!;
            return SecretsKeyFile.IsSealedSecret(theirs.Value) ? keyFile.Open(theirs.Value) : theirs.Value;
        }
    }

    private static byte[] Opened(ConsultationDbContext db, SiteSecret secret, SecretsKeyFile keyFile)
    {
        if (SecretsKeyFile.IsSealedSecret(secret.Value)) return keyFile.Open(secret.Value);
        var plain = secret.Value;
        if (!keyFile.IsConfigured) return plain;
        secret.Value = keyFile.Seal(plain);
        db.SaveChanges();
        return plain;
    }
}
