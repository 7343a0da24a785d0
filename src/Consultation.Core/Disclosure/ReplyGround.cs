namespace Consultation.Core.Disclosure;

/// <summary>
/// The ground of a reply that withholds, cannot provide, does not process or informs: one per line of the annual
/// report's table (国办公开办函〔2021〕30号 template), each with its own legal basis text <c>disclosure.ground.{ground}</c>.
/// </summary>
public enum ReplyGround
{
    /// <summary>属于国家秘密 (Art.14).</summary>
    StateSecret = 1,
    /// <summary>其他法律行政法规禁止公开 (Art.14).</summary>
    ProhibitedByLaw = 2,
    /// <summary>危及"三安全一稳定" (Art.14).</summary>
    EndangersSecurity = 3,
    /// <summary>保护第三方合法权益 (Art.15).</summary>
    ThirdPartyRights = 4,
    /// <summary>属于三类内部事务信息 (Art.16 para.1).</summary>
    InternalAffairs = 5,
    /// <summary>属于四类过程性信息 (Art.16 para.2).</summary>
    ProcessInformation = 6,
    /// <summary>属于行政执法案卷 (Art.16 para.2).</summary>
    EnforcementFile = 7,
    /// <summary>属于行政查询事项.</summary>
    AdministrativeQuery = 8,

    /// <summary>本机关不掌握相关政府信息 (Art.36(4)).</summary>
    NotHeld = 11,
    /// <summary>没有现成信息需要另行制作 (Art.38).</summary>
    WouldNeedCreating = 12,
    /// <summary>补正后申请内容仍不明确 (Art.30).</summary>
    UnclearAfterCorrection = 13,

    /// <summary>信访举报投诉类申请 (Art.39 para.1).</summary>
    Petition = 21,
    /// <summary>重复申请 (Art.36(6)).</summary>
    Repeated = 22,
    /// <summary>要求提供公开出版物 (Art.39 para.2).</summary>
    PublishedMaterial = 23,
    /// <summary>无正当理由大量反复申请 (Art.35).</summary>
    Excessive = 24,
    /// <summary>要求行政机关确认或重新出具已获取信息.</summary>
    ConfirmationOfObtained = 25,

    /// <summary>已主动公开，告知获取方式和途径 (Art.36(1)).</summary>
    AlreadyPublic = 31,
    /// <summary>不属于本机关负责公开，告知负责机关 (Art.36(5)).</summary>
    OtherAgency = 32,
    /// <summary>工商、不动产登记资料等有特别规定，告知依规定办理 (Art.36(7)).</summary>
    SpecialProcedure = 33,
}
