namespace Consultation.Core.Evaluations;

/// <summary>Where a year's 政策评估 duty stands: at least N published evaluations by 31 December.</summary>
public enum EvaluationDuty
{
    /// <summary>Enough evaluations are public.</summary>
    Met = 0,
    /// <summary>Not yet enough, and the year is not over.</summary>
    Due = 1,
    /// <summary>The year ended with too few evaluations public: an alarm on the dashboard.</summary>
    Overdue = 2,
}
