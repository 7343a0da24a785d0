using Consultation.Core.Consultations;

namespace Consultation.Web.Features.Consultations;

/// <summary>
/// The 起草说明 and interpretations as the public page shows them; the reviewer's preview renders the same partial
/// with the versions awaiting approval. <see cref="IdPrefix"/> keeps element ids unique on the back-office page.
/// </summary>
public sealed record ConsultationText(string IdPrefix, string ExplanationMarkdown, IReadOnlyList<Interpretation> Interpretations);
