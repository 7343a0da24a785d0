namespace Consultation.Infrastructure.Operations;

/// <summary>
/// What a database holds, in a form two databases can be compared by: the row count of every table and a SHA-256 of
/// the evidence tables' full contents (comments, concentrated opinions, adoption reports, the audit log and its head).
/// A restore drill compares the fingerprint before the backup with the fingerprint of the restored copy.
/// </summary>
public sealed record RecordFingerprint(
    IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyDictionary<string, string> ContentHashes)
{
    /// <summary>The lines where <paramref name="other"/> differs from this one; empty when they agree.</summary>
    public IReadOnlyList<string> DifferencesFrom(RecordFingerprint other)
    {
        var differences = new List<string>();
        foreach (var table in RowCounts.Keys.Union(other.RowCounts.Keys).Order(StringComparer.Ordinal))
        {
            var mine = RowCounts.GetValueOrDefault(table, -1);
            var theirs = other.RowCounts.GetValueOrDefault(table, -1);
            if (mine != theirs) differences.Add($"{table}: {mine} rows vs {theirs}");
        }
        foreach (var table in ContentHashes.Keys.Union(other.ContentHashes.Keys).Order(StringComparer.Ordinal))
        {
            if (ContentHashes.GetValueOrDefault(table) != other.ContentHashes.GetValueOrDefault(table))
                differences.Add($"{table}: content differs");
        }
        return differences;
    }

    public IEnumerable<string> Lines() =>
        RowCounts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"rows {c.Key} {c.Value}")
            .Concat(ContentHashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"sha256 {h.Key} {h.Value}"));
}
