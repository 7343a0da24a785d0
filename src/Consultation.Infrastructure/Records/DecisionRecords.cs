using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Core;
using Consultation.Core.Adoption;
using Consultation.Core.Comments;
using Consultation.Core.Consultations;
using Consultation.Core.Meetings;
using Consultation.Infrastructure.Adoption;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using static Consultation.Infrastructure.Records.DecisionRecord;

namespace Consultation.Infrastructure.Records;

/// <summary>
/// Builds a <see cref="DecisionRecord"/> from what the public may read now. Comment texts are the masked
/// <see cref="Comment.PublicBody"/> and names appear only with consent, exactly as the consultation page shows them.
/// </summary>
public sealed class DecisionRecords(ConsultationDbContext db, FeedbackReportQueries reports)
{
    /// <summary>Null when the decision is not public.</summary>
    public async Task<DecisionRecord?> ForDecisionAsync(int decisionId, string origin, CancellationToken ct = default)
    {
        var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId && d.PublishedAt != null, ct);
        if (decision is null) return null;
        var consultations = await db.Consultations.AsNoTracking().Include(c => c.Interpretations)
            .Where(c => c.DecisionId == decisionId && c.PublishedAt != null).OrderBy(c => c.Id).ToListAsync(ct);
        var parts = new List<ConsultationPart>();
        foreach (var consultation in consultations) parts.Add(await ConsultationAsync(consultation, origin, null, ct));
        var (persons, organizations, memberships, events) = await MeetingsAsync(decisionId, origin, ct);
        return new DecisionRecord(Key("decision", decision.Id), $"{origin}/decisions/{decision.Id}", decision.Title,
            decision.Department, decision.Year, decision.PublishedBackgroundMarkdown, await ResultAsync(decision, origin, ct),
            parts, persons, organizations, memberships, events);
    }

    /// <summary>The ids of the public decisions of a year, for the yearly download.</summary>
    public Task<List<int>> PublicIdsAsync(int year, CancellationToken ct = default) =>
        db.Decisions.AsNoTracking().Where(d => d.Year == year && d.PublishedAt != null).OrderBy(d => d.Id)
            .Select(d => d.Id).ToListAsync(ct);

    private async Task<ResultPart> ResultAsync(Decision decision, string origin, CancellationToken ct)
    {
        var number = decision.DecisionDocumentNumber.Length > 0 ? decision.DecisionDocumentNumber : null;
        // The article the decision names, or else the one its published catalog line links, as the catalog shows it.
        var entry = await db.CatalogEntries.AsNoTracking()
            .Where(e => e.DecisionId == decision.Id && e.PublishedJson != null).FirstOrDefaultAsync(ct);
        var articleId = decision.ResultArticleId ?? entry?.Published?.ResultArticleId;
        var article = decision.DecidedOn is null || articleId is not { } id ? null
            : await db.Articles.AsNoTracking().Where(a => a.Id == id && a.PublishedVersionNumber != null)
                .Select(a => new { a.Id, a.PublishedTitle, a.PublishedAt }).SingleOrDefaultAsync(ct);
        return new ResultPart(decision.DecidedOn, number, article is null ? null : Key("article", article.Id),
            article is null ? null : $"{origin}/articles/{article.Id}", article?.PublishedTitle,
            article?.PublishedAt?.ToShanghai());
    }

    /// <summary>
    /// One consultation's part of the record as report version <paramref name="version"/> (the newest when null)
    /// tells it: the per-clause "you said, we did" of the report and redline pages (with an empty
    /// <paramref name="origin"/> its links are relative).
    /// </summary>
    public async Task<ConsultationPart> ConsultationAsync(PublicConsultation c, string origin, int? version,
        CancellationToken ct = default)
    {
        var page = $"{origin}/consultations/{c.Slug}";
        var published = await reports.PublishedAsync(c.Id, version, ct);
        var received = await db.Comments.AsNoTracking().Where(x => x.ConsultationId == c.Id)
            .Select(x => new { x.Id, x.ClauseAnchor, x.PublicBody, x.Channel }).ToListAsync(ct);
        var comments = await db.Comments.AsNoTracking().Where(x => x.ConsultationId == c.Id).Where(Comment.Public)
            .OrderBy(x => x.Id).ToListAsync(ct);
        var publicIds = comments.Select(x => x.Id).ToHashSet();
        var snapshot = published?.Snapshot;
        var groups = snapshot?.Groups ?? [];
        var draft = c.Clauses;
        var anchorOfLabel = draft.GroupBy(x => x.Label).ToDictionary(g => g.Key, g => g.First().Anchor);
        string ClauseKey(string anchor) => $"clause-{c.Id}-{anchor}";
        string GroupKey(int id) => Key("group", id);
        var groupOf = groups.SelectMany(g => g.CommentIds.Select(id => (id, g.Group.Id))).ToDictionary(x => x.id, x => x.Item2);

        var groupParts = groups.Select(g => new GroupPart(GroupKey(g.Group.Id), $"{page}/report#group-{g.Group.Id}",
            g.Group.Title, g.Group.Summary, g.Group.Disposition, g.Group.Reason, g.Size,
            g.ClauseLabels.Select(l => anchorOfLabel.GetValueOrDefault(l)).OfType<string>().Select(ClauseKey).ToList(),
            g.Group.FinalClauseAnchor is { } changed ? ClauseKey(changed) : null,
            g.CommentIds.Where(publicIds.Contains).Select(id => Key("comment", id)).ToList())).ToList();

        var finalText = published?.Version?.FinalTextMarkdown is { Length: > 0 } text ? text : null;
        var redline = finalText is null ? null : RedlineBuilder.Build(c.DraftMarkdown, finalText).ToDictionary(r => r.Anchor);
        var finalClauses = finalText is null ? [] : ClauseSplitter.Split(finalText).ToDictionary(x => x.Anchor);
        var counted = snapshot?.ByClause.Where(x => x.Anchor is not null).ToDictionary(x => x.Anchor!, x => x.Count);
        var clauses = draft.Select(x => (x.Anchor, x.Label, Draft: (string?)x.Text))
            .Concat(finalClauses.Values.Where(f => draft.All(d => d.Anchor != f.Anchor)).Select(f => (f.Anchor, f.Label, Draft: (string?)null)))
            .Select(x =>
            {
                var texts = received.Where(r => r.ClauseAnchor == x.Anchor).Select(r => new CommentText(r.Id, r.PublicBody)).ToList();
                var (unique, copies) = NearCopies.Count(texts);
                var key = ClauseKey(x.Anchor);
                return new ClausePart(key, x.Anchor, $"{page}#{x.Anchor}", x.Label, x.Draft,
                    finalClauses.GetValueOrDefault(x.Anchor)?.Text, redline?.GetValueOrDefault(x.Anchor)?.Status,
                    counted?.GetValueOrDefault(x.Anchor) ?? texts.Count, unique, copies,
                    groupParts.Where(g => g.ClauseIds.Contains(key)).Select(g => g.Id).ToList(),
                    groupParts.Where(g => g.ChangedClauseId == key).Select(g => g.Id).ToList());
            }).ToList();

        var channels = (snapshot?.ByChannel ?? received.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Count()))
            .OrderBy(k => k.Key).Select(k => new ChannelCount(k.Key, k.Value)).ToList();
        var report = published?.Version is { } v
            ? new ReportPart(Key("report", published.Report!.Id), $"{page}/report?version={v.Number}", v.Number,
                v.PublishedAt.ToShanghai(), v.IntroductionMarkdown, v.CorrectionNote,
                finalText is null ? null : $"{page}/redline?version={v.Number}")
            : null;
        return new ConsultationPart(Key("consultation", c.Id), page, c.Title, c.Window.OpensAt.ToShanghai(),
            c.Window.ClosesAt.ToShanghai(), c.PublishedExplanationMarkdown,
            c.PublicInterpretations.OrderBy(i => i.Id).Select(i => new InterpretationPart(Key("interpretation", i.Id),
                $"{page}#interp-{i.Id}", i.Form, i.Title, i.BodyMarkdown, i.PublishedAt?.ToShanghai())).ToList(),
            clauses, snapshot?.Total ?? received.Count, channels,
            comments.Select(x => new CommentPart(Key("comment", x.Id), x.ReceivedAt.ToShanghai(), x.Channel,
                x.ClauseAnchor is null ? null : ClauseKey(x.ClauseAnchor), x.PublicName ?? AnonymousAuthor, x.PublicBody,
                groupOf.TryGetValue(x.Id, out var g) ? GroupKey(g) : null)).ToList(),
            groupParts, report);
    }

    /// <summary>How the public pages name a writer who did not consent to their name being shown.</summary>
    public const string AnonymousAuthor = "网友";

    private async Task<(List<Person>, List<Organization>, List<Membership>, List<Event>)> MeetingsAsync(int decisionId,
        string origin, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Invitees).ThenInclude(i => i.Opinions).AsSplitQuery()
            .Where(m => m.DecisionId == decisionId && (m.InvitationPublishedAt != null || m.RecordPublishedAt != null))
            .OrderBy(m => m.HeldAt).ThenBy(m => m.Id).ToListAsync(ct);
        var persons = new List<Person>();
        var organizations = new Dictionary<string, Organization>();
        var memberships = new List<Membership>();
        var events = new List<Event>();
        foreach (var m in meetings)
        {
            // Invitees, attendance and opinions are public only once the meeting's record passed 三审.
            var invitees = m.RecordPublishedAt is null ? [] : m.Invitees.OrderBy(i => i.Kind).ThenBy(i => i.Id).ToList();
            foreach (var i in invitees)
            {
                persons.Add(new Person(Key("person", i.Id), i.PublicName));
                if (i.Organisation.Length == 0) continue;
                var org = organizations.TryGetValue(i.Organisation, out var known) ? known
                    : organizations[i.Organisation] = new Organization(OrganizationKey(i.Organisation), i.Organisation);
                memberships.Add(new Membership(Key("person", i.Id), org.Id));
            }
            events.Add(new Event(Key("meeting", m.Id), m.Title, m.Kind, m.HeldAt.ToShanghai(), m.Place,
                $"{origin}/meetings/{m.Id}",
                invitees.Select(i => new Attendee(Key("person", i.Id), i.Kind, i.Attendance)).ToList(),
                invitees.SelectMany(i => i.Opinions.Where(o => o.Outcome is not null).OrderBy(o => o.Id)
                    .Select(o => new Opinion(Key("opinion", o.Id), Key("person", i.Id), Key("decision", o.DecisionId),
                        o.Text, o.Outcome!.Value, o.HandlingText))).ToList()));
        }
        return (persons, organizations.Values.ToList(), memberships, events);
    }

    private static string Key(string type, long id) => $"{type}-{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>From the name, so the same organisation has the same id in every record and every year's download.</summary>
    private static string OrganizationKey(string name) =>
        "organization-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
}
