namespace Consultation.Infrastructure.Policies;

/// <summary>The <c>Policies</c> section: how many interpretation forms a policy needs (source notice: at least 2).</summary>
public sealed class PolicyOptions
{
    public int MinimumInterpretationForms { get; set; } = 2;
}
