namespace Consultation.Core.Subscriptions;

/// <summary>What a subscriber follows.</summary>
public enum SubscriptionTopic
{
    /// <summary>One consultation: it opens, closes soon, closes, its report is published, its decision is recorded.</summary>
    Consultation = 0,
    /// <summary>Every consultation when it opens.</summary>
    NewConsultations = 1,
    /// <summary>The 重大行政决策事项目录: a line is published, a listed decision is recorded.</summary>
    Catalog = 2,
    /// <summary>A commenter's own comment: the report that answers it is published (with a link to the receipt).</summary>
    CommentReport = 3,
}
