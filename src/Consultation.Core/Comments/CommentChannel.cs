namespace Consultation.Core.Comments;

/// <summary>How a comment reached us. Offline channels are recorded by editors and count in every total.</summary>
public enum CommentChannel
{
    Web = 0,
    /// <summary>来信.</summary>
    Letter = 1,
    /// <summary>电话.</summary>
    Phone = 2,
    /// <summary>电子邮件.</summary>
    Email = 3,
    /// <summary>座谈会.</summary>
    Meeting = 4,
}
