using Consultation.Core.Disclosure;
using Consultation.Web.Hosting.Localization;
using Microsoft.Extensions.Localization;

namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>
/// Lays the annual report's tables out as the 国办公开办函〔2021〕30号 template does, in the reader's language: table 三
/// (requests received and handled, by kind of applicant) and table 四 (reconsideration and litigation). The page and
/// the workbook are built from the same tables.
/// </summary>
public sealed class AnnualReportTables(IStringLocalizer<SharedStrings> strings)
{
    private static readonly AnnualReportRow[] Withheld =
    [
        AnnualReportRow.WithheldStateSecret, AnnualReportRow.WithheldProhibitedByLaw,
        AnnualReportRow.WithheldEndangersSecurity, AnnualReportRow.WithheldThirdPartyRights,
        AnnualReportRow.WithheldInternalAffairs, AnnualReportRow.WithheldProcessInformation,
        AnnualReportRow.WithheldEnforcementFile, AnnualReportRow.WithheldAdministrativeQuery,
    ];

    private static readonly AnnualReportRow[] Unavailable =
    [
        AnnualReportRow.UnavailableNotHeld, AnnualReportRow.UnavailableWouldNeedCreating,
        AnnualReportRow.UnavailableUnclearAfterCorrection,
    ];

    private static readonly AnnualReportRow[] NotProcessed =
    [
        AnnualReportRow.NotProcessedPetition, AnnualReportRow.NotProcessedRepeated,
        AnnualReportRow.NotProcessedPublishedMaterial, AnnualReportRow.NotProcessedExcessive,
        AnnualReportRow.NotProcessedConfirmationOfObtained,
    ];

    private static readonly AnnualReportRow[] Other =
        [AnnualReportRow.OtherNoCorrection, AnnualReportRow.OtherFeeUnpaid, AnnualReportRow.OtherOther];

    public AnnualReportTable Requests(AnnualStatistics s)
    {
        var kinds = Enum.GetValues<ApplicantKind>();
        AnnualReportLine Line(AnnualReportRow row, int depth) => new(strings[$"disclosure.row.{row}"], depth,
            [.. kinds.Select(k => s.Count(row, k)), s.Total(row)]);
        AnnualReportLine Heading(string key, int depth) => new(strings[key], depth, []);
        var lines = new List<AnnualReportLine>
        {
            Line(AnnualReportRow.NewlyReceived, 0),
            Line(AnnualReportRow.CarriedOver, 0),
            Heading("disclosure.row_group.results", 0),
            Line(AnnualReportRow.Disclosed, 1),
            Line(AnnualReportRow.PartlyDisclosed, 1),
            Heading("disclosure.row_group.withheld", 1),
        };
        lines.AddRange(Withheld.Select(r => Line(r, 2)));
        lines.Add(Heading("disclosure.row_group.unavailable", 1));
        lines.AddRange(Unavailable.Select(r => Line(r, 2)));
        lines.Add(Heading("disclosure.row_group.not_processed", 1));
        lines.AddRange(NotProcessed.Select(r => Line(r, 2)));
        lines.Add(Heading("disclosure.row_group.other", 1));
        lines.AddRange(Other.Select(r => Line(r, 2)));
        lines.Add(Line(AnnualReportRow.Total, 1));
        lines.Add(Line(AnnualReportRow.CarriedForward, 0));
        return new AnnualReportTable(strings["disclosure.table_requests", s.Year],
            ["", .. kinds.Select(k => strings[$"disclosure.kind.{k}"].Value), strings["disclosure.total"]], lines);
    }

    public AnnualReportTable Appeals(AppealFigures f)
    {
        string[] groups = ["disclosure.appeal.review", "disclosure.appeal.suit", "disclosure.appeal.suit_after_review"];
        var lines = groups.Zip(f.Groups, (key, counts) => new AnnualReportLine(strings[key], 0, [.. counts, counts.Sum()]))
            .ToList();
        return new AnnualReportTable(strings["disclosure.table_appeals", f.Year],
            ["", strings["disclosure.appeal.upheld"], strings["disclosure.appeal.corrected"],
             strings["disclosure.appeal.other"], strings["disclosure.appeal.pending"], strings["disclosure.total"]], lines);
    }
}
