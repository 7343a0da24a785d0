namespace Consultation.Infrastructure.Adoption;

/// <summary>One clause of the draft→final comparison, as a run of unchanged, deleted and inserted text.</summary>
public sealed record RedlineClause(string Anchor, string Label, RedlineClause.Change Status,
    IReadOnlyList<RedlineClause.Segment> Segments)
{
    public enum Change
    {
        Unchanged,
        Changed,
        Added,
        Removed,
    }

    public enum Kind
    {
        Same,
        Deleted,
        Inserted,
    }

    public sealed record Segment(Kind Kind, string Text);
}
