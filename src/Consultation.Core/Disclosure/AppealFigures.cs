using System.Globalization;
using Consultation.Core.Accounts;
using Consultation.Core.Audit;

namespace Consultation.Core.Disclosure;

/// <summary>
/// Table 四 of the annual report (政府信息公开行政复议、行政诉讼情况), entered by hand because the cases are decided
/// elsewhere: for 行政复议, 未经复议直接起诉 and 复议后起诉, how many were upheld (维持), corrected (纠正), ended
/// otherwise (其他) or are still pending (尚未审结); the 总计 of each is their sum.
/// </summary>
public sealed class AppealFigures : AggregateRoot
{
    public const int Columns = 4;

    private AppealFigures() { }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int ReviewUpheld { get; private set; }
    public int ReviewCorrected { get; private set; }
    public int ReviewOther { get; private set; }
    public int ReviewPending { get; private set; }
    public int SuitUpheld { get; private set; }
    public int SuitCorrected { get; private set; }
    public int SuitOther { get; private set; }
    public int SuitPending { get; private set; }
    public int SuitAfterReviewUpheld { get; private set; }
    public int SuitAfterReviewCorrected { get; private set; }
    public int SuitAfterReviewOther { get; private set; }
    public int SuitAfterReviewPending { get; private set; }

    public override string AuditSubjectType => "disclosure-appeals";
    public override string AuditSubjectKey => Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The three groups in the template's order, each as 维持, 纠正, 其他, 尚未审结.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Groups =>
    [
        [ReviewUpheld, ReviewCorrected, ReviewOther, ReviewPending],
        [SuitUpheld, SuitCorrected, SuitOther, SuitPending],
        [SuitAfterReviewUpheld, SuitAfterReviewCorrected, SuitAfterReviewOther, SuitAfterReviewPending],
    ];

    public static AppealFigures Empty(int year)
    {
        if (year is < 2000 or > 2100) throw new DomainException("disclosure.year_invalid");
        return new AppealFigures { Year = year };
    }

    /// <summary>Replaces the twelve counts (three groups of four, in the template's order).</summary>
    public void Record(IReadOnlyList<int> counts, Actor editor, DateTimeOffset now)
    {
        editor.EnsureCanEdit();
        if (counts.Count != 3 * Columns) throw new DomainException("disclosure.appeals_incomplete");
        if (counts.Any(c => c is < 0 or > 100_000)) throw new DomainException("disclosure.appeals_invalid");
        (ReviewUpheld, ReviewCorrected, ReviewOther, ReviewPending) = (counts[0], counts[1], counts[2], counts[3]);
        (SuitUpheld, SuitCorrected, SuitOther, SuitPending) = (counts[4], counts[5], counts[6], counts[7]);
        (SuitAfterReviewUpheld, SuitAfterReviewCorrected, SuitAfterReviewOther, SuitAfterReviewPending) =
            (counts[8], counts[9], counts[10], counts[11]);
        var text = string.Join(',', counts);
        Raise(new DocumentTransitioned(Year.ToString(CultureInfo.InvariantCulture), editor.UserId, editor.DisplayName,
            "record_appeals", "", "", 1, Comments.Comment.DigestOf(text), text, now));
    }
}
