namespace Consultation.Core.Evaluations;

/// <summary>Where a year's 政策评估 duty stands: at least N results public by the configured due date.</summary>
public enum EvaluationDuty
{
    /// <summary>Enough evaluations were public in time.</summary>
    Met = 0,
    /// <summary>Not yet enough, and the due date is more than <see cref="Evaluation.DueSoonDays"/> days away.</summary>
    Due = 1,
    /// <summary>Not yet enough, and the due date is near: shown on the dashboard as a warning.</summary>
    DueSoon = 2,
    /// <summary>The due date passed with too few results public: an alarm on the dashboard.</summary>
    Overdue = 3,
}
