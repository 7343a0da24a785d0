using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Consultation.Infrastructure.Secrets;

/// <summary>
/// The key that encrypts what the database must not hold in the clear — the Data Protection key ring and the site
/// secrets (receipt and captcha HMAC keys) — read from the file named by <c>Secrets:KeyFile</c>, outside the database,
/// so a stolen dump or backup alone cannot forge receipts, captcha answers or sign-in cookies. The file holds 32 random
/// bytes in Base64 and is created (mode 600) when the path is set but no file exists yet. Unset: nothing is encrypted
/// (development and tests). Rotation: docs/deployment.md, "Keys and secrets".
/// </summary>
public sealed class SecretsKeyFile
{
    public const string Setting = "Secrets:KeyFile";

    // 'K', then nonce, ciphertext and tag of AES-256-GCM; a 32-byte value without the mark is a secret stored in the clear.
    private const byte Mark = (byte)'K';
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly Lazy<byte[]>? _key;

    public SecretsKeyFile(IConfiguration configuration)
    {
        var path = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(path)) _key = new Lazy<byte[]>(() => LoadOrCreate(path));
    }

    public bool IsConfigured => _key is not null;

    public byte[] Seal(byte[] plain)
    {
        var key = _key?.Value ?? throw new InvalidOperationException($"{Setting} is not set.");
        var sealedValue = new byte[1 + NonceLength + plain.Length + TagLength];
        sealedValue[0] = Mark;
        var nonce = sealedValue.AsSpan(1, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagLength);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(1 + NonceLength, plain.Length), sealedValue.AsSpan(^TagLength));
        return sealedValue;
    }

    /// <summary>Whether a stored 32-byte site secret is sealed; a secret stored in the clear is exactly 32 bytes.</summary>
    public static bool IsSealedSecret(byte[] value) => value.Length == 1 + NonceLength + 32 + TagLength && value[0] == Mark;

    public byte[] Open(byte[] sealedValue)
    {
        var key = _key?.Value ?? throw new InvalidOperationException(
            $"A secret in the database is encrypted, but {Setting} is not set: configure the key file it was sealed with.");
        var plain = new byte[sealedValue.Length - 1 - NonceLength - TagLength];
        using var aes = new AesGcm(key, TagLength);
        aes.Decrypt(sealedValue.AsSpan(1, NonceLength), sealedValue.AsSpan(1 + NonceLength, plain.Length),
            sealedValue.AsSpan(^TagLength), plain);
        return plain;
    }

    private static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using var writer = new StreamWriter(new FileStream(path, options));
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another node on the same shared folder created it first: use theirs.
            }
        }
        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        if (key.Length != 32) throw new InvalidOperationException($"{Setting} must hold 32 bytes in Base64.");
        return key;
    }
}
