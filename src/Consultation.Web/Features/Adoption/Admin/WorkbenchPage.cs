using Consultation.Infrastructure.Adoption;

namespace Consultation.Web.Features.Adoption.Admin;

/// <summary>
/// The workbench as shown: its contents, the similarity offered for the next run and, after a refused step, the
/// message with what the editor had ticked and typed in the refused form (<see cref="Form"/> names it), kept.
/// </summary>
public sealed record WorkbenchPage(WorkbenchView View, int SimilarityPercent, string? Refusal = null,
    IReadOnlySet<long>? Chosen = null, string? Form = null, IReadOnlyDictionary<string, string>? Typed = null)
{
    public bool IsChosen(long commentId) => Chosen?.Contains(commentId) == true;

    /// <summary>What was typed into <paramref name="field"/> of the refused form <paramref name="form"/>, or null.</summary>
    public string? TypedIn(string form, string field) =>
        Form == form && Typed?.TryGetValue(field, out var value) == true ? value : null;
}
