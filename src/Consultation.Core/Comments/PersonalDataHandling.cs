namespace Consultation.Core.Comments;

/// <summary>What happens to a comment whose body contains personal data (see <see cref="PersonalData"/>).</summary>
public enum PersonalDataHandling
{
    /// <summary>Published with the personal data masked; the department keeps the text as received.</summary>
    Mask = 0,
    /// <summary>Held for an editor, who decides.</summary>
    Hold = 1,
}
