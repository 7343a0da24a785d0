using System.Linq.Expressions;

namespace Consultation.Core.Consultations;

/// <summary>
/// 未开始 / 征集中 / 已截止 / 已反馈, written once as an expression: the aggregate and list rows evaluate it in memory, and
/// list queries filter by it in the database (<see cref="Is"/>), so a status filter and a status label always agree.
/// </summary>
public static class ConsultationStatusRule
{
    /// <summary>(opens at, closes at, reported at, now) → status. The window is open from opening (inclusive) to close.</summary>
    private static readonly Expression<Func<DateTimeOffset, DateTimeOffset, DateTimeOffset?, DateTimeOffset, ConsultationStatus>>
        Definition = (opensAt, closesAt, reportedAt, now) =>
            reportedAt != null ? ConsultationStatus.Reported
            : now < opensAt ? ConsultationStatus.NotStarted
            : now < closesAt ? ConsultationStatus.Open
            : ConsultationStatus.Closed;

    private static readonly Func<DateTimeOffset, DateTimeOffset, DateTimeOffset?, DateTimeOffset, ConsultationStatus>
        Evaluate = Definition.Compile();

    public static ConsultationStatus Of(DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset? reportedAt,
        DateTimeOffset now) => Evaluate(opensAt, closesAt, reportedAt, now);

    /// <summary>The consultations that are in <paramref name="status"/> at <paramref name="now"/>, for a query's filter.</summary>
    public static Expression<Func<PublicConsultation, bool>> Is(ConsultationStatus status, DateTimeOffset now)
    {
        Expression<Func<PublicConsultation, DateTimeOffset>> opens = c => c.Window.OpensAt;
        Expression<Func<PublicConsultation, DateTimeOffset>> closes = c => c.Window.ClosesAt;
        Expression<Func<PublicConsultation, DateTimeOffset?>> reported = c => c.ReportedAt;
        Expression<Func<DateTimeOffset>> instant = () => now; // a captured value, so queries stay parameterised
        var consultation = opens.Parameters[0];
        var body = new Substitution(new Dictionary<ParameterExpression, Expression>
        {
            [Definition.Parameters[0]] = opens.Body,
            [Definition.Parameters[1]] = new Substitution(closes.Parameters[0], consultation).Visit(closes.Body),
            [Definition.Parameters[2]] = new Substitution(reported.Parameters[0], consultation).Visit(reported.Body),
            [Definition.Parameters[3]] = instant.Body,
        }).Visit(Definition.Body);
        return Expression.Lambda<Func<PublicConsultation, bool>>(
            Expression.Equal(body, Expression.Constant(status)), consultation);
    }

    /// <summary>Replaces parameters of a lambda body with other expressions.</summary>
    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        public Substitution(ParameterExpression from, Expression to)
            : this(new Dictionary<ParameterExpression, Expression> { [from] = to })
        {
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
