namespace Consultation.Core.Disclosure;

/// <summary>How a request reached the department (条例 Art.31 fixes the received date by channel).</summary>
public enum RequestChannel
{
    /// <summary>网上申请: the site's form.</summary>
    Online = 0,
    /// <summary>信函: signed for on the received date.</summary>
    Letter = 1,
    /// <summary>当面提交.</summary>
    InPerson = 2,
}
