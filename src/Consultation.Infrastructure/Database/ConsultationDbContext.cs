using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Core.Audit;
using Consultation.Core.Calendar;
using Consultation.Core.Catalog;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Content;
using Consultation.Core.Evaluations;
using Consultation.Core.Media;
using Consultation.Core.Meetings;
using Consultation.Core.Policies;
using Consultation.Core.Search;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Accounts;
using Consultation.Infrastructure.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Database;

public sealed class ConsultationDbContext(DbContextOptions<ConsultationDbContext> options)
    : IdentityDbContext<BackOfficeUser>(options), IDataProtectionKeyContext
{
    public DbSet<Column> Columns => Set<Column>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<WorkPoint> WorkPoints => Set<WorkPoint>();
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<PublicConsultation> Consultations => Set<PublicConsultation>();
    public DbSet<Comment> Comments => Set<Comment>();
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

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ConsultationDbContext).Assembly);
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
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        RefuseAuditRewrites();
        var raised = ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity)
            .Where(a => a.DomainEvents.Count > 0).ToList();
        if (raised.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            foreach (var aggregate in raised)
            {
                foreach (var e in aggregate.DomainEvents.OfType<DocumentTransitioned>())
                    AuditEntries.Add(AuditEntry.From(aggregate, e));
                OutboxMessages.AddRange(aggregate.DomainEvents.Select(e => OutboxMessage.From(aggregate, e)));
                aggregate.ClearDomainEvents();
            }
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

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
    }
}
