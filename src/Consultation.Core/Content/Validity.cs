namespace Consultation.Core.Content;

/// <summary>有效性 of a document in the gov.cn metadata block.</summary>
public enum Validity
{
    Unspecified = 0,
    /// <summary>有效.</summary>
    Effective = 1,
    /// <summary>失效.</summary>
    Expired = 2,
    /// <summary>废止.</summary>
    Repealed = 3,
}
