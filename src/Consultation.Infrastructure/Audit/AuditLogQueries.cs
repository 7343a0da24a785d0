using Consultation.Core;
using Consultation.Core.Audit;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Audit;

/// <summary>
/// Read side of the audit log, newest first. Paging is by keyset on <see cref="AuditEntry.Id"/> (ids only grow, the log
/// is append-only), so deep pages cost the same as the first and rows never shift between pages as new ones arrive.
/// </summary>
public sealed class AuditLogQueries(ConsultationDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The actions the workflow and the scheduler write, in the order a document meets them.</summary>
    public static IReadOnlyList<string> Actions { get; } =
        ["submit", "approve", "send_back", "new_version", "rollback", "publish", "unpublish", "receive", "record_offline",
            "hold", "refuse", "extend", "account_create", "account_roles", "password_reset", "lock", "unlock", "sign_in",
            "sign_in_failed", "sign_in_locked_out", "sign_in_password_ok", "sign_in_code_failed", "second_factor_enrolled",
            "second_factor_reset", "password_change"];

    /// <summary>All filters are optional; <see cref="To"/> is exclusive. <see cref="Before"/>/<see cref="After"/> are id cursors.</summary>
    public sealed record Filter(
        string? Actor = null,
        string? Action = null,
        string? SubjectType = null,
        string? SubjectKey = null,
        DateTimeOffset? From = null,
        DateTimeOffset? To = null,
        long? Before = null,
        long? After = null,
        int PageSize = DefaultPageSize);

    /// <summary>One page; <see cref="OlderCursor"/>/<see cref="NewerCursor"/> are null when there is nothing further that way.</summary>
    public sealed record Page(IReadOnlyList<AuditEntry> Entries, long? OlderCursor, long? NewerCursor);

    public async Task<Page> PageAsync(Filter filter, CancellationToken ct = default)
    {
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var query = Filtered(filter);
        List<AuditEntry> rows;
        bool moreOlder, moreNewer;
        if (filter.After is { } after && filter.Before is null)
        {
            // Walking back towards the newest: take the rows just above the cursor, then show them newest first.
            rows = await query.Where(e => e.Id > after).OrderBy(e => e.Id).Take(size + 1).ToListAsync(ct);
            moreNewer = rows.Count > size;
            rows = rows.Take(size).OrderByDescending(e => e.Id).ToList();
            moreOlder = await query.AnyAsync(e => e.Id <= after, ct);
        }
        else
        {
            if (filter.Before is { } before) query = query.Where(e => e.Id < before);
            rows = await query.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(ct);
            moreOlder = rows.Count > size;
            rows = rows.Take(size).ToList();
            moreNewer = filter.Before is not null;
        }
        if (rows.Count == 0) return new Page(rows, null, null);
        return new Page(rows, moreOlder ? rows[^1].Id : null, moreNewer ? rows[0].Id : null);
    }

    /// <summary>The last line of one Shanghai calendar day: anyone who kept it can later prove the history before it.</summary>
    public sealed record DailyHead(DateOnly Day, long LastId, string Hash, int Lines);

    /// <summary>
    /// Each day's head (the hash of its last line), newest first, <paramref name="days"/> days ending with
    /// <paramref name="until"/>. Days with no audit line are left out.
    /// </summary>
    public async Task<IReadOnlyList<DailyHead>> DailyHeadsAsync(DateOnly until, int days, CancellationToken ct = default)
    {
        var from = ShanghaiTime.At(until.AddDays(1 - days), TimeOnly.MinValue);
        var to = ShanghaiTime.At(until.AddDays(1), TimeOnly.MinValue);
        var lines = await db.AuditEntries.AsNoTracking().Where(e => e.At >= from && e.At < to)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.At, e.Hash }).ToListAsync(ct);
        return lines.GroupBy(l => ShanghaiTime.DayOf(l.At))
            .Select(g => new DailyHead(g.Key, g.Last().Id, g.Last().Hash, g.Count()))
            .OrderByDescending(h => h.Day).ToList();
    }

    /// <summary>Subject types present in the log, for the filter list.</summary>
    public Task<List<string>> SubjectTypesAsync(CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking().Select(e => e.SubjectType).Distinct().OrderBy(t => t).ToListAsync(ct);

    private IQueryable<AuditEntry> Filtered(Filter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (Trimmed(filter.Actor) is { } actor)
        {
            // People are found by the name on the row, or by their sign-in or display name today.
            var people = db.Users.Where(u => u.UserName!.Contains(actor) || u.DisplayName.Contains(actor)).Select(u => u.Id);
            query = query.Where(e => e.ActorName.Contains(actor) || people.Contains(e.ActorId));
        }
        if (Trimmed(filter.Action) is { } action) query = query.Where(e => e.Action == action);
        if (Trimmed(filter.SubjectType) is { } type) query = query.Where(e => e.SubjectType == type);
        if (Trimmed(filter.SubjectKey) is { } key) query = query.Where(e => e.SubjectKey == key);
        if (filter.From is { } from) query = query.Where(e => e.At >= from);
        if (filter.To is { } to) query = query.Where(e => e.At < to);
        return query;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
