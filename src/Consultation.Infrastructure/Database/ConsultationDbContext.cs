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
using Consultation.Core.Responses;
using Consultation.Core.WorkPoints;
using Consultation.Infrastructure.Accounts;
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
    public DbSet<DisclosureRequest> DisclosureRequests => Set<DisclosureRequest>();
    public DbSet<AppealFigures> AppealFigures => Set<AppealFigures>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<ResponseNotice> ResponseNotices => Set<ResponseNotice>();
    public DbSet<LinkCrawl> LinkCrawls => Set<LinkCrawl>();
    public DbSet<CrawledLink> CrawledLinks => Set<CrawledLink>();

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

    /// <summary>Saves, then turns the aggregates' transition events into audit rows in the same transaction.</summary>
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
                aggregate.ClearDomainEvents();
            }
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
