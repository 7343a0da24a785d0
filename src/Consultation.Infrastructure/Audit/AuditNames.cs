using System.Globalization;
using Consultation.Core.Audit;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Consultation.Infrastructure.Audit;

/// <summary>
/// The names an audit row is read with. The row itself is frozen (hash-chained), and older rows hold a sign-in name
/// or a key such as <c>report:12</c>; so people are named by their account's current display name, and a report or
/// catalog line by the title of what it is about, at read time. System moves have no person (<see cref="System"/>).
/// </summary>
public sealed class AuditNames(ConsultationDbContext db)
{
    public const string System = "system";

    /// <summary>Accounts are looked up by the sign-in name their rows carry (a failed sign-in has no account key).</summary>
    private const string AccountByName = "account-name";

    public sealed record Names(IReadOnlyDictionary<string, string> People, IReadOnlyDictionary<(string Type, string Key), string> Subjects)
    {
        public static Names Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<(string, string), string>());

        /// <summary>The person's display name, or null for a system move.</summary>
        public string? PersonOf(AuditEntry e) => e.ActorId == System ? null : People.GetValueOrDefault(e.ActorId, e.ActorName);

        public string SubjectOf(AuditEntry e) => e.SubjectType == "account"
            ? Subjects.GetValueOrDefault((AccountByName, e.SubjectTitle), e.SubjectTitle)
            : Subjects.GetValueOrDefault((e.SubjectType, e.SubjectKey), e.SubjectTitle);
    }

    public async Task<Names> OfAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0) return Names.Empty;
        var actorIds = entries.Select(e => e.ActorId).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id, ct);
        var subjects = new Dictionary<(string, string), string>();
        var reportKeys = Ids(entries, "report");
        foreach (var r in await (from report in db.FeedbackReports.AsNoTracking()
                                 join c in db.Consultations on report.ConsultationId equals c.Id
                                 where reportKeys.Contains(report.Id)
                                 select new { report.Id, c.Title }).ToListAsync(ct))
            subjects[("report", Text(r.Id))] = r.Title;
        var catalogKeys = Ids(entries, "catalog");
        foreach (var c in await (from e in db.CatalogEntries.AsNoTracking()
                                 join d in db.Decisions on e.DecisionId equals d.Id
                                 where catalogKeys.Contains(e.Id)
                                 select new { e.Id, e.Year, d.Title }).ToListAsync(ct))
            subjects[("catalog", Text(c.Id))] = $"{c.Title}（{Text(c.Year)}）";
        // Account rows carry the sign-in name as their title; read them with the account's display name.
        var accountNames = entries.Where(e => e.SubjectType == "account").Select(e => e.SubjectTitle).Distinct().ToList();
        foreach (var u in await db.Users.AsNoTracking().Where(u => accountNames.Contains(u.UserName!))
                     .Select(u => new { u.UserName, u.DisplayName, u.Id }).ToListAsync(ct))
            subjects[(AccountByName, u.UserName!)] = u.DisplayName;
        return new Names(people, subjects);
    }

    private static List<int> Ids(IEnumerable<AuditEntry> entries, string type) => entries.Where(e => e.SubjectType == type)
        .Select(e => int.TryParse(e.SubjectKey, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
        .Where(id => id > 0).Distinct().ToList();

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
