using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// Receipts for a public form other than comments (a disclosure request, a message): one stored item per submission,
/// whose code is derived from the form's idempotency key so a retry gets the same code although the code is never
/// stored, and lookup by code through the clear prefix and a constant-time hash compare.
/// </summary>
public sealed class ReceiptedSubmissions<T>(ConsultationDbContext db, ReceiptHasher hasher) where T : class, IReceipted
{
    /// <summary>
    /// Stores what <paramref name="create"/> makes from the usable key and its code, unless this very submission was
    /// stored already; returns the code either way. <paramref name="scope"/> names the form.
    /// </summary>
    public async Task<string> AddAsync(string scope, string? idempotencyKey, Func<string, string, T> create,
        CancellationToken ct)
    {
        var key = ReceiptHasher.UsableKey(idempotencyKey);
        var code = hasher.CodeFor(scope, key);
        if (await FindByKeyAsync(key, ct) is null) await db.AddOnceAsync(create(key, code), () => FindByKeyAsync(key, ct), ct);
        return code;
    }

    /// <summary>The code of an earlier submission of this very form, checked before the anti-automation answer.</summary>
    public async Task<string?> PreviousCodeAsync(string scope, string? idempotencyKey, CancellationToken ct) =>
        idempotencyKey is { Length: >= 16 and <= 64 } && await FindByKeyAsync(idempotencyKey, ct) is not null
            ? hasher.CodeFor(scope, idempotencyKey)
            : null;

    /// <summary>The item a typed receipt code belongs to, or null.</summary>
    public async Task<T?> FindByCodeAsync(string? typed, CancellationToken ct)
    {
        var code = ReceiptCode.Normalise(typed);
        if (code is null) return null;
        var lookup = ReceiptCode.Lookup(code);
        var candidates = await db.Set<T>().AsNoTracking().Where(x => x.ReceiptLookup == lookup).ToListAsync(ct);
        return hasher.Match(code, candidates, x => x.ReceiptHash);
    }

    private Task<T?> FindByKeyAsync(string key, CancellationToken ct) =>
        db.Set<T>().AsNoTracking().SingleOrDefaultAsync(x => x.IdempotencyKey == key, ct);
}
