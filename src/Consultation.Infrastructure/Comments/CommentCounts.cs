using System.Globalization;
using System.Text;
using Consultation.Core.Comments;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// The comment counts kept with the record. Every save of the context hands its tracked comments here
/// (<see cref="Capture"/>) and applies the differences in its own transaction (<see cref="ApplyAsync"/>): intake
/// batches, moderation, offline entry and the data generator all save through it, so none can forget the counts.
/// The differences are added in the database (an upsert), never read-modified-written, so two nodes saving at once
/// both count.
/// </summary>
public static class CommentCounts
{
    internal const string Table = "CommentTallies";

    private static readonly string[] KeyColumns = [nameof(CommentTally.ConsultationId), nameof(CommentTally.ClauseAnchor),
        nameof(CommentTally.Channel), nameof(CommentTally.Status)];

    /// <summary>The statuses <see cref="Comment.Public"/> admits, derived from it so the rule stays in one place.</summary>
    public static readonly IReadOnlySet<CommentStatus> PublicStatuses =
        Enum.GetValues<CommentStatus>().Where(Comment.IsPublicStatus).ToHashSet();

    internal sealed record Key(int ConsultationId, string ClauseAnchor, CommentChannel Channel, CommentStatus Status);

    /// <summary>What the pending save changes: +1 where a comment arrives, −1 where one leaves. Call before saving.</summary>
    internal static IReadOnlyDictionary<Key, int> Capture(ChangeTracker tracker)
    {
        var changes = new Dictionary<Key, int>();
        foreach (var entry in tracker.Entries<Comment>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && Counted(entry))
                Add(changes, KeyOf(entry, original: false), +1);
            if (entry.State is EntityState.Deleted or EntityState.Modified && Counted(entry))
                Add(changes, KeyOf(entry, original: true), -1);
        }
        foreach (var unchanged in changes.Where(c => c.Value == 0).Select(c => c.Key).ToList()) changes.Remove(unchanged);
        return changes;
    }

    /// <summary>Adds the captured differences in one statement, inside the caller's transaction.</summary>
    internal static Task ApplyAsync(ConsultationDbContext db, IReadOnlyDictionary<Key, int> changes, CancellationToken ct)
    {
        if (changes.Count == 0) return Task.CompletedTask;
        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"INSERT INTO \"{Table}\" ({Columns()}, \"Count\") VALUES ");
        var values = new List<object>(changes.Count * 5);
        foreach (var (key, delta) in changes)
        {
            var at = values.Count;
            sql.Append(CultureInfo.InvariantCulture, $"{(at == 0 ? "" : ", ")}({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}})");
            values.AddRange([key.ConsultationId, key.ClauseAnchor, key.Channel.ToString(), key.Status.ToString(), delta]);
        }
        sql.Append(CultureInfo.InvariantCulture,
            $" ON CONFLICT ({Columns()}) DO UPDATE SET \"Count\" = \"{Table}\".\"Count\" + excluded.\"Count\"");
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
    }

    /// <summary>
    /// Counts every comment afresh: for a database made before the counts were kept, or after anything wrote comments
    /// behind the context's back. Writers are held off by the audit chain's lock, which every counted save takes.
    /// </summary>
    public static async Task RebuildAsync(ConsultationDbContext db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockChainHeadAsync(ct);
        // Fixed text: table and column names only, no value.
        var recount = $"INSERT INTO \"{Table}\" ({Columns()}, \"Count\") " +
            "SELECT \"ConsultationId\", COALESCE(\"ClauseAnchor\", ''), \"Channel\", \"Status\", COUNT(*) FROM \"Comments\" " +
            "GROUP BY \"ConsultationId\", COALESCE(\"ClauseAnchor\", ''), \"Channel\", \"Status\"";
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"" + Table + "\"", ct);
        await db.Database.ExecuteSqlRawAsync(recount, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>On start: a database that has comments but no counts yet (made before they were kept) is counted once.</summary>
    public static async Task EnsureAsync(ConsultationDbContext db, CancellationToken ct = default)
    {
        if (await db.CommentTallies.AnyAsync(ct) || !await db.Comments.AnyAsync(ct)) return;
        await RebuildAsync(db, ct);
    }

    /// <summary>One consultation's counts: a few rows per clause, whatever the number of comments.</summary>
    public static Task<List<CommentTally>> OfAsync(ConsultationDbContext db, int consultationId, CancellationToken ct = default) =>
        db.CommentTallies.AsNoTracking().Where(t => t.ConsultationId == consultationId && t.Count != 0).ToListAsync(ct);

    private static bool Counted(EntityEntry<Comment> entry) =>
        entry.State != EntityState.Modified || KeyColumns.Select(ColumnOf).Any(c => entry.Property(c).IsModified);

    private static string ColumnOf(string key) => key == nameof(CommentTally.ClauseAnchor) ? nameof(Comment.ClauseAnchor) : key;

    private static Key KeyOf(EntityEntry<Comment> entry, bool original)
    {
        T Value<T>(string name) => (T)(original ? entry.Property(name).OriginalValue : entry.Property(name).CurrentValue)!;
        return new Key(Value<int>(nameof(Comment.ConsultationId)), Value<string?>(nameof(Comment.ClauseAnchor)) ?? "",
            Value<CommentChannel>(nameof(Comment.Channel)), Value<CommentStatus>(nameof(Comment.Status)));
    }

    private static void Add(Dictionary<Key, int> changes, Key key, int delta) =>
        changes[key] = changes.GetValueOrDefault(key) + delta;

    private static string Columns() => string.Join(", ", KeyColumns.Select(c => $"\"{c}\""));
}
