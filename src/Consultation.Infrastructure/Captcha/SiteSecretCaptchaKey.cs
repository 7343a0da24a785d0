using System.Security.Cryptography;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Captcha;

/// <summary>
/// The challenge-signing key, kept as a <see cref="SiteSecret"/> row so every node signs and checks with the same
/// key, and created on first use. A separate secret from the receipt key, so neither can be used to forge the other.
/// </summary>
public sealed class SiteSecretCaptchaKey(IServiceScopeFactory scopes) : ICaptchaKeySource
{
    private const string SecretName = "captcha-hmac";
    private readonly Lazy<byte[]> _key = new(() => LoadOrCreate(scopes));

    public byte[] Key => _key.Value;

    private static byte[] LoadOrCreate(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var existing = db.Set<SiteSecret>().Find(SecretName);
        if (existing is not null) return existing.Value;
        var secret = new SiteSecret { Name = SecretName, Value = RandomNumberGenerator.GetBytes(32) };
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
            return retry.ServiceProvider.GetRequiredService<ConsultationDbContext>().Set<SiteSecret>().Find(SecretName)!.Value;
        }
    }
}
