namespace Consultation.Core.Consultations;

public enum ModerationMode
{
    /// <summary>先审后发: nothing public until an editor approves it.</summary>
    PreModeration = 0,
    /// <summary>先发后审: public at once unless held (e.g. by the sensitive-word list).</summary>
    PostModeration = 1,
}
