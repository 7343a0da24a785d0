using Consultation.Infrastructure.Captcha;
using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Core.Audit;
using Consultation.Core.Calendar;
using Consultation.Core.Catalog;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Content;
using Consultation.Core.Disclosure;
using Consultation.Core.Evaluations;
using Consultation.Core.Inspection;
using Consultation.Core.Media;
using Consultation.Core.Meetings;
using Consultation.Core.Messages;
using Consultation.Core.Policies;
using Consultation.Core.Search;
using Consultation.Core.Responses;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Accounts;
using Consultation.Infrastructure.Comments;
using Consultation.Infrastructure.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Consultation.Infrastructure.Database;

public sealed class ConsultationDbContext(DbContextOptions<ConsultationDbContext> options)
    : IdentityDbContext<BackOfficeUser>(options), IDataProtectionKeyContext
{
    public DbSet<Column> Columns => Set<Column>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<WorkPoint> WorkPoints => Set<WorkPoint>();
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<PublicConsultation> Consultations => Set<PublicConsultation>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentTally> CommentTallies => Set<CommentTally>();
    public DbSet<SensitiveWord> SensitiveWords => Set<SensitiveWord>();
    public DbSet<OpinionGroup> OpinionGroups => Set<OpinionGroup>();
    public DbSet<FeedbackReport> FeedbackReports => Set<FeedbackReport>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CatalogEntry> CatalogEntries => Set<CatalogEntry>();
    public DbSet<PolicyDocument> PolicyDocuments => Set<PolicyDocument>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<SearchSynonym> SearchSynonyms => Set<SearchSynonym>();
    public DbSet<DisclosureRequest> DisclosureRequests => Set<DisclosureRequest>();
    public DbSet<AppealFigures> AppealFigures => Set<AppealFigures>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<ResponseNotice> ResponseNotices => Set<ResponseNotice>();
    public DbSet<LinkCrawl> LinkCrawls => Set<LinkCrawl>();
    public DbSet<CrawledLink> CrawledLinks => Set<CrawledLink>();
    public DbSet<SpentCaptchaAnswer> SpentCaptchaAnswers => Set<SpentCaptchaAnswer>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConsultationDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(AggregateRoot).IsAssignableFrom(t.ClrType)))
            builder.Entity(type.ClrType).Property(nameof(AggregateRoot.ConcurrencyStamp)).IsConcurrencyToken();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot order or compare DateTimeOffset text; PostgreSQL timestamptz wants UTC. Store UTC either way.
        if (IsSqlite)
            builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        else
            builder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves, then turns the aggregates' transition events into audit rows and every event into an outbox message, in
    /// the same transaction: what the search index (and later mail and caches) hears of is exactly what was stored.
    /// Every changed aggregate's <see cref="AggregateRoot.ConcurrencyStamp"/> moves on; a save from a stale read is
    /// refused.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        RefuseAuditRewrites();
        StampChangedAggregates();
        try
        {
            return await SaveWithAuditAsync(acceptAllChangesOnSuccess, ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ChangedMeanwhileException(e);
        }
    }

    /// <summary>
    /// Audit lines come from the aggregates' events (after the first save, which gives new aggregates their ids) and
    /// from lines added directly (account events). All are sealed into the hash chain under the chain head's row lock,
    /// in the transaction of the change itself: the change and its evidence commit together or not at all.
    /// </summary>
    private async Task<int> SaveWithAuditAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var raised = ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity)
            .Where(a => a.DomainEvents.Count > 0).ToList();
        var direct = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity).ToList();
        var tallied = CommentCounts.Capture(ChangeTracker);
        if (raised.Count == 0 && direct.Count == 0 && tallied.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            var head = await LockChainHeadAsync(ct);
            head.Append(direct);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            var lines = raised.SelectMany(a => a.DomainEvents.OfType<DocumentTransitioned>()
                .Select(e => AuditEntry.From(a, e))).ToList();
            OutboxMessages.AddRange(raised.SelectMany(a => a.DomainEvents.Select(e => OutboxMessage.From(a, e))));
            foreach (var aggregate in raised) aggregate.ClearDomainEvents();
            head.Append(lines);
            AuditEntries.AddRange(lines);
            // Under the chain head's lock like the rows they count, so a rebuild never interleaves with a save.
            await CommentCounts.ApplyAsync(this, tallied, ct);
            // Taken after the chain head, always in this order, so two saves never wait on each other crosswise.
            await OutboxOrder.LockForAppendAsync(this, ct);
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return written;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// A no-op update takes the head row's lock (the write lock on SQLite) before the head is read. A head this context
    /// already tracks is reloaded (a query would keep its old values); otherwise the query reads it fresh, one round
    /// trip fewer on every audited save.
    /// </summary>
    internal async Task<AuditChainHead> LockChainHeadAsync(CancellationToken ct)
    {
        await Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditChainHeads\" SET \"Hash\" = \"Hash\" WHERE \"Id\" = {0}", [AuditChainHead.SingleId], ct);
        if (AuditChainHeads.Local.FirstOrDefault(h => h.Id == AuditChainHead.SingleId) is { } tracked)
        {
            await Entry(tracked).ReloadAsync(ct);
            return tracked;
        }
        return await AuditChainHeads.SingleAsync(h => h.Id == AuditChainHead.SingleId, ct);
    }

    /// <summary>An aggregate changed when its row, an owned part or a child row changed, or it raised an event.</summary>
    private void StampChangedAggregates()
    {
        foreach (var entry in ChangeTracker.Entries<AggregateRoot>().Where(e => e.State != EntityState.Added).ToList())
        {
            var changed = entry.State == EntityState.Modified || entry.Entity.DomainEvents.Count > 0
                          || entry.Navigations.Any(n => DependentsChanged(n));
            if (!changed) continue;
            var stamp = entry.Property(a => a.ConcurrencyStamp);
            stamp.CurrentValue = stamp.OriginalValue + 1;
        }
    }

    private bool DependentsChanged(NavigationEntry navigation) => navigation.CurrentValue switch
    {
        null => false,
        System.Collections.IEnumerable items when navigation.Metadata.IsCollection =>
            items.Cast<object>().Any(i => Entry(i).State is EntityState.Added or EntityState.Modified or EntityState.Deleted),
        var item => Entry(item).State is EntityState.Added or EntityState.Modified or EntityState.Deleted,
    };

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
    }
}
