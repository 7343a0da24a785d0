using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Database;

/// <summary>Reads a named <see cref="SiteSecret"/>, creating a random 32-byte one on first use, safely across nodes.</summary>
public static class SiteSecrets
{
    public static byte[] LoadOrCreate(IServiceScopeFactory scopes, string name)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var existing = db.Set<SiteSecret>().Find(name);
        if (existing is not null) return existing.Value;
        var secret = new SiteSecret { Name = name, Value = RandomNumberGenerator.GetBytes(32) };
        db.Set<SiteSecret>().Add(secret);
        try
        {
            db.SaveChanges();
            return secret.Value;
        }
        catch (DbUpdateException)
        {
            // Another node created it first: use theirs.
            using var retry = scopes.CreateScope();
            return retry.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<SiteSecret>().Find(name)!.Value;
        }
    }
}
