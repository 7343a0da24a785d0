using Consultation.Core;
using Consultation.Infrastructure.Audit;

namespace Consultation.Web.Features.Audit.Admin;

/// <summary>The audit log's filter, bound from the query string. Dates are calendar days in Asia/Shanghai, both inclusive.</summary>
public sealed class AuditFilterForm
{
    public string? Actor { get; set; }
    public string? Action { get; set; }
    public string? SubjectType { get; set; }
    public string? SubjectKey { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public long? Before { get; set; }
    public long? After { get; set; }

    public AuditLogQueries.Filter ToFilter() => new(Actor, Action, SubjectType, SubjectKey,
        StartOfDay(From), StartOfDay(To < DateOnly.MaxValue ? To?.AddDays(1) : null), Before, After);

    /// <summary>The query string of this filter without the page cursors, for the paging links.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Criteria()
    {
        (string Key, string? Value)[] all =
        [
            ("actor", Actor), ("action", Action), ("subjectType", SubjectType), ("subjectKey", SubjectKey),
            ("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ];
        return all.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => KeyValuePair.Create(p.Key, p.Value));
    }

    private static DateTimeOffset? StartOfDay(DateOnly? day) =>
        ShanghaiTime.FromLocal(day?.ToDateTime(TimeOnly.MinValue));
}
