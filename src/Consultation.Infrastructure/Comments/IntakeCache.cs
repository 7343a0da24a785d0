using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Comments;

/// <summary>
/// This node's copy of what the comment writer checks every submission against, so that a batch under a flash crowd
/// does not read it all again: each consultation taking comments and the sensitive-word list.
/// A consultation is used only while its <see cref="Core.AggregateRoot.ConcurrencyStamp"/> in the database is still
/// the cached one (one small query per batch), so an extension, a change of moderation, a report — anything saved —
/// counts for the very next batch on every node. The word list is dropped on
/// <see cref="OutboxKinds.SensitiveWordsChanged"/>: at once on the node that saved the change, at the next outbox pass
/// (<c>Outbox:PollIntervalMilliseconds</c>) on the others.
/// </summary>
public sealed class IntakeCache(IServiceScopeFactory scopes) : IOutboxHandler
{
    private readonly Dictionary<string, PublicConsultation> _consultations = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _starting = new(1, 1);
    private SensitiveWordList? _words;
    private long _wordsDropped;
    private const long NotStarted = -1;
    private long _position = NotStarted;

    public string Name => "intake-cache";

    /// <summary>
    /// The published consultations among <paramref name="slugs"/>, by slug, as they are in the database now. The
    /// entities are shared and untracked: the writer only calls <see cref="PublicConsultation.Receive"/>, which changes
    /// nothing on the consultation.
    /// </summary>
    public async Task<Dictionary<string, PublicConsultation>> ConsultationsAsync(ConsultationDbContext db,
        IReadOnlyCollection<string> slugs, CancellationToken ct)
    {
        var current = await db.Consultations.AsNoTracking().Where(c => slugs.Contains(c.Slug) && c.PublishedAt != null)
            .Select(c => new { c.Slug, c.Id, c.ConcurrencyStamp }).ToListAsync(ct);
        var found = new Dictionary<string, PublicConsultation>();
        var stale = new List<int>();
        lock (_gate)
        {
            foreach (var row in current)
            {
                if (_consultations.TryGetValue(row.Slug, out var cached) && cached.Id == row.Id &&
                    cached.ConcurrencyStamp == row.ConcurrencyStamp) found[row.Slug] = cached;
                else stale.Add(row.Id);
            }
        }
        if (stale.Count == 0) return found;
        var fresh = await db.Consultations.AsNoTracking().Where(c => stale.Contains(c.Id) && c.PublishedAt != null)
            .ToListAsync(ct);
        lock (_gate)
        {
            foreach (var consultation in fresh)
            {
                _consultations[consultation.Slug] = consultation;
                found[consultation.Slug] = consultation;
            }
        }
        return found;
    }

    /// <summary>The sensitive-word list, read from the database only when this node has no current copy.</summary>
    public async Task<SensitiveWordList> WordsAsync(ConsultationDbContext db, CancellationToken ct)
    {
        long dropped;
        lock (_gate)
        {
            if (_words is { } cached) return cached;
            dropped = _wordsDropped;
        }
        // Watch the outbox from before the read, so a change committed after it is never missed.
        await StartAsync(ct);
        var words = new SensitiveWordList(await db.SensitiveWords.AsNoTracking().Select(w => w.Word).ToListAsync(ct));
        lock (_gate)
        {
            // Dropped while we read: what we read may be the old list, so it is used for this batch but not kept.
            if (_wordsDropped == dropped) _words = words;
        }
        return words;
    }

    /// <summary>Forgets the word list; the next batch reads it again.</summary>
    public void DropWords()
    {
        lock (_gate)
        {
            _words = null;
            _wordsDropped++;
        }
    }

    public Task<long> PositionAsync(CancellationToken ct) => StartAsync(ct);

    public Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        if (messages.Any(m => m.Kind == OutboxKinds.SensitiveWordsChanged)) DropWords();
        Interlocked.Exchange(ref _position, messages[^1].Id);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Starts at the newest message: nothing was cached before, so the history holds nothing to forget. Taken before
    /// the first read of the word list (see <see cref="OutboxOrder"/>: a change not yet committed gets a later id).
    /// </summary>
    private async Task<long> StartAsync(CancellationToken ct)
    {
        if (Interlocked.Read(ref _position) is var position and not NotStarted) return position;
        await _starting.WaitAsync(ct);
        try
        {
            if (Interlocked.Read(ref _position) is var started and not NotStarted) return started;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
            var latest = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, ct) ?? 0;
            Interlocked.Exchange(ref _position, latest);
            return latest;
        }
        finally
        {
            _starting.Release();
        }
    }
}
