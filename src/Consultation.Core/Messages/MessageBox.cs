namespace Consultation.Core.Messages;

/// <summary>Where a citizen writes: a question to the department, or a letter to the director.</summary>
public enum MessageBox
{
    /// <summary>咨询留言.</summary>
    Enquiry = 0,
    /// <summary>厅长信箱.</summary>
    DirectorMailbox = 1,
}
