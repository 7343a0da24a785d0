namespace Consultation.Core.Content;

/// <summary>The 栏目 tree flattened for display: parents before children, siblings by sort order, with depth.</summary>
public static class ColumnTree
{
    public sealed record Node(Column Column, int Depth);

    public static IReadOnlyList<Node> Flatten(IEnumerable<Column> columns)
    {
        var all = columns.ToList();
        var ids = all.Select(c => c.Id).ToHashSet();
        // A column whose parent is missing is shown at the top rather than hidden, so nothing becomes unreachable.
        var byParent = all.ToLookup(c => c.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var result = new List<Node>(all.Count);
        var seen = new HashSet<int>();
        void Walk(int? parentId, int depth)
        {
            foreach (var column in byParent[parentId].OrderBy(c => c.SortOrder).ThenBy(c => c.Id))
            {
                if (!seen.Add(column.Id)) continue;
                result.Add(new Node(column, depth));
                Walk(column.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return result;
    }
}
