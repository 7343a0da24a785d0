using Consultation.Core.Comments;
using Consultation.Core.Disclosure;
using Consultation.Core.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Consultation.Infrastructure.Caching;

/// <summary>
/// Which saved changes can alter what an anonymous visitor sees. Every cached public page carries <see cref="Tag"/>;
/// a save that touches anything shown publicly evicts them all. One tag, because most pages show several features
/// (home lists consultations, articles and reports; a draft page shows the calendar's deadline and the comments), and
/// an eviction costs one tag lookup while a missed one would show stale law.
/// </summary>
public static class PublicPages
{
    public const string Tag = "public-pages";

    /// <summary>Features of <c>Consultation.Core</c> whose entities appear on public pages, feeds or open data.</summary>
    private static readonly HashSet<string> ShownFeatures =
    [
        "Consultations", "Comments", "Adoption", "Catalog", "Meetings", "Policies", "Evaluations", "Content", "Media",
        "WorkPoints", "Messages", "Responses", "Calendar", "Search", "Disclosure", "Review",
    ];

    /// <summary>
    /// Submissions from the public arrive unpublished (moderation, an answer or a reply publishes them later, as a
    /// change of an existing row), so a flash crowd of new comments does not empty the cache on every post.
    /// </summary>
    private static readonly HashSet<Type> ArriveUnpublished = [typeof(Comment), typeof(Message), typeof(DisclosureRequest)];

    public static bool AnyShown(IEnumerable<EntityEntry> entries) => entries.Any(Shown);

    private static bool Shown(EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) return false;
        var type = entry.Metadata.ClrType;
        if (entry.State == EntityState.Added && ArriveUnpublished.Contains(type))
            return entry.Entity is Comment { IsPublic: true };
        return FeatureOf(type) is { } feature && ShownFeatures.Contains(feature);
    }

    private static string? FeatureOf(Type type)
    {
        const string core = "Consultation.Core.";
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith(core, StringComparison.Ordinal)) return null;
        var rest = ns[core.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }
}
