namespace Consultation.Core.Disclosure;

/// <summary>
/// Who asks: a natural person or one of the organisation kinds the annual report's table counts separately
/// (政府信息公开工作年度报告 statistical table: 自然人 / 法人或其他组织 — 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他).
/// </summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson = 0,
    /// <summary>商业企业.</summary>
    CommercialEnterprise = 1,
    /// <summary>科研机构.</summary>
    ResearchInstitution = 2,
    /// <summary>社会公益组织.</summary>
    SocialWelfareOrganisation = 3,
    /// <summary>法律服务机构.</summary>
    LegalServiceInstitution = 4,
    /// <summary>其他法人或其他组织.</summary>
    OtherOrganisation = 5,
}
