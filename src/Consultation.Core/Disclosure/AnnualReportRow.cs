namespace Consultation.Core.Disclosure;

/// <summary>
/// The lines of table 三 of the 政府信息公开工作年度报告 (收到和处理政府信息公开申请情况), in the template's order.
/// Each result line is fed by one reply type and ground (<see cref="ReplyGrounds.RowOf"/>).
/// </summary>
public enum AnnualReportRow
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    NewlyReceived,
    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOver,
    /// <summary>（一）予以公开.</summary>
    Disclosed,
    /// <summary>（二）部分公开.</summary>
    PartlyDisclosed,
    /// <summary>（三）不予公开 1–8.</summary>
    WithheldStateSecret,
    WithheldProhibitedByLaw,
    WithheldEndangersSecurity,
    WithheldThirdPartyRights,
    WithheldInternalAffairs,
    WithheldProcessInformation,
    WithheldEnforcementFile,
    WithheldAdministrativeQuery,
    /// <summary>（四）无法提供 1–3.</summary>
    UnavailableNotHeld,
    UnavailableWouldNeedCreating,
    UnavailableUnclearAfterCorrection,
    /// <summary>（五）不予处理 1–5.</summary>
    NotProcessedPetition,
    NotProcessedRepeated,
    NotProcessedPublishedMaterial,
    NotProcessedExcessive,
    NotProcessedConfirmationOfObtained,
    /// <summary>（六）其他处理 1: 申请人无正当理由逾期不补正.</summary>
    OtherNoCorrection,
    /// <summary>（六）其他处理 2: 申请人逾期未按收费通知要求缴纳费用.</summary>
    OtherFeeUnpaid,
    /// <summary>（六）其他处理 3: 其他.</summary>
    OtherOther,
    /// <summary>（七）总计: the sum of every result line.</summary>
    Total,
    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}
