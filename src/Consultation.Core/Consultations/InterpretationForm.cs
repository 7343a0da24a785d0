namespace Consultation.Core.Consultations;

/// <summary>解读形式.</summary>
public enum InterpretationForm
{
    /// <summary>文字解读.</summary>
    Text = 0,
    /// <summary>图解.</summary>
    Graphic = 1,
    /// <summary>视频.</summary>
    Video = 2,
    /// <summary>简明问答.</summary>
    QuestionsAndAnswers = 3,
    /// <summary>新闻发布会.</summary>
    PressConference = 4,
    /// <summary>互动直播 / 现场宣讲 / 其他.</summary>
    Other = 5,
}
