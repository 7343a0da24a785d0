namespace Consultation.Core.Disclosure;

/// <summary>How the reply was delivered (送达方式), recorded after it went out.</summary>
public enum DeliveryMethod
{
    /// <summary>邮寄.</summary>
    Post = 0,
    /// <summary>电子邮件.</summary>
    Email = 1,
    /// <summary>当面领取.</summary>
    InPerson = 2,
    /// <summary>网上查看: the reply on the status page.</summary>
    Online = 3,
}
