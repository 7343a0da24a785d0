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

    private static byte[] LoadOrCreate(IServiceScopeFactory scopes) => SiteSecrets.LoadOrCreate(scopes, SecretName);
}
