namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// The draft the adoption tests consult on, and the final text the decision adopted: 第二条 changed because of the
/// comments, 第五条 added. Same 第N条 numbering in both, so the redline compares clause with clause.
/// </summary>
public static class AfterSchoolDraft
{
    public const string Title = "山东省中小学课后服务管理办法（征求意见稿）";

    public const string Text = """
        第一条　为规范全省中小学课后服务工作，切实减轻学生过重课业负担，根据国家有关规定，结合本省实际，制定本办法。

        第二条　课后服务时间一般为每个上学日下午放学后至17:30，具体时间由学校根据季节和当地作息确定。

        第三条　课后服务坚持家长自愿原则，学校不得以任何形式强制或者变相强制学生参加。

        第四条　本办法自印发之日起施行。
        """;

    /// <summary>The final text with 第二条 as 部分采纳 changed it; 第一条, 第三条 and 第四条 unchanged.</summary>
    public const string FinalText = """
        第一条　为规范全省中小学课后服务工作，切实减轻学生过重课业负担，根据国家有关规定，结合本省实际，制定本办法。

        第二条　课后服务时间一般为每个上学日下午放学后至18:00，具体时间由学校根据季节和当地作息确定；家长接送确有困难的，学校应当提供延时托管。

        第三条　课后服务坚持家长自愿原则，学校不得以任何形式强制或者变相强制学生参加。

        第四条　本办法自印发之日起施行。
        """;

    /// <summary><see cref="FinalText"/> plus a clause the draft did not have, for a redline with every kind of change.</summary>
    public const string FinalTextWithNewClause = FinalText + """


        第五条　课后服务收费标准由设区的市教育行政部门会同价格主管部门制定，并向社会公开。
        """;

    /// <summary>What the final text adds to 第二条.</summary>
    public const string InsertedWords = "家长接送确有困难的，学校应当提供延时托管";
}
