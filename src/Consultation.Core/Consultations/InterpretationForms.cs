namespace Consultation.Core.Consultations;

/// <summary>
/// 三同步 and its twin for drafts: interpretations must take at least a configured number of different forms before a
/// document enters review (two 文字 interpretations count once). One rule for policies and consultations.
/// </summary>
public static class InterpretationForms
{
    public static int Count(IEnumerable<InterpretationForm> forms) => forms.Distinct().Count();

    /// <summary>Refuses with <paramref name="messageKey"/> (arguments: the minimum, the forms present) when too few.</summary>
    public static void Require(IEnumerable<InterpretationForm> forms, int minimum, string messageKey)
    {
        var required = Math.Max(1, minimum);
        var count = Count(forms);
        if (count < required) throw new DomainException(messageKey, required, count);
    }
}
