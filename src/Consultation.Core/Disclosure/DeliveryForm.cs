namespace Consultation.Core.Disclosure;

/// <summary>The form in which the requester wants the information (条例 Art.40).</summary>
public enum DeliveryForm
{
    /// <summary>纸质.</summary>
    Paper = 0,
    /// <summary>电子.</summary>
    Electronic = 1,
    /// <summary>自行查阅.</summary>
    Reading = 2,
}
