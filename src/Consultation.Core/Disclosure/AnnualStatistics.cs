namespace Consultation.Core.Disclosure;

/// <summary>
/// Table 三 of the year's 政府信息公开工作年度报告, counted from the recorded requests: new and carried-over requests,
/// the results of those closed in the year by reply type and ground, and those carried into the next year, each split by
/// kind of applicant. By construction 一 + 二 = 三(七) + 四, which the tests check on generated data.
/// </summary>
public sealed class AnnualStatistics
{
    private readonly Dictionary<(AnnualReportRow Row, ApplicantKind Kind), int> _counts = [];

    private AnnualStatistics(int year) => Year = year;

    public int Year { get; }

    /// <summary>The count of one line for one kind of applicant.</summary>
    public int Count(AnnualReportRow row, ApplicantKind kind) => _counts.GetValueOrDefault((row, kind));

    /// <summary>The 总计 column: every kind of applicant together.</summary>
    public int Total(AnnualReportRow row) => Enum.GetValues<ApplicantKind>().Sum(k => Count(row, k));

    /// <summary>The 法人或其他组织 subtotal: every kind but natural persons.</summary>
    public int Organisations(AnnualReportRow row) =>
        Enum.GetValues<ApplicantKind>().Where(k => k != ApplicantKind.NaturalPerson).Sum(k => Count(row, k));

    public static AnnualStatistics Of(int year, IEnumerable<DisclosureRequest> requests)
    {
        var statistics = new AnnualStatistics(year);
        foreach (var request in requests)
        {
            if (request.ReceivedOn.Year > year) continue;
            var closedThisYearOrLater = request.ClosedOn is null || request.ClosedOn.Value.Year >= year;
            if (!closedThisYearOrLater) continue;
            statistics.Add(request.ReceivedOn.Year == year ? AnnualReportRow.NewlyReceived : AnnualReportRow.CarriedOver,
                request.ApplicantKind);
            if (request.ClosedOn is { } closed && closed.Year == year)
            {
                statistics.Add(ResultRow(request), request.ApplicantKind);
                statistics.Add(AnnualReportRow.Total, request.ApplicantKind);
            }
            else
            {
                statistics.Add(AnnualReportRow.CarriedForward, request.ApplicantKind);
            }
        }
        return statistics;
    }

    /// <summary>The result line of a closed request: its reply, or 逾期不补正 when it was abandoned.</summary>
    public static AnnualReportRow ResultRow(DisclosureRequest request) =>
        request.Status == DisclosureStatus.Abandoned || request.ReplyType is not { } type
            ? AnnualReportRow.OtherNoCorrection
            : ReplyGrounds.RowOf(type, request.ReplyGround);

    private void Add(AnnualReportRow row, ApplicantKind kind) =>
        _counts[(row, kind)] = _counts.GetValueOrDefault((row, kind)) + 1;
}
