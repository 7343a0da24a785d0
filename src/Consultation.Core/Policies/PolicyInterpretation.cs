using Consultation.Core.Consultations;

namespace Consultation.Core.Policies;

/// <summary>One interpretation (解读) of a policy document, in one form; published together with it (三同步).</summary>
public sealed class PolicyInterpretation
{
    private PolicyInterpretation() { }

    public int Id { get; private set; }
    public int PolicyDocumentId { get; private set; }
    public InterpretationForm Form { get; private set; }
    public string Title { get; private set; } = "";
    public string BodyMarkdown { get; private set; } = "";

    internal static PolicyInterpretation Create(InterpretationForm form, string title, string body)
    {
        if (!Enum.IsDefined(form)) throw new DomainException("policy.form_unknown");
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("interpretation.title_required");
        if (title.Trim().Length > 300) throw new DomainException("policy.title_too_long");
        if (string.IsNullOrWhiteSpace(body)) throw new DomainException("interpretation.body_required");
        return new PolicyInterpretation { Form = form, Title = title.Trim(), BodyMarkdown = body };
    }
}
