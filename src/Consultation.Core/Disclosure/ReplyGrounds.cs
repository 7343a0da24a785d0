namespace Consultation.Core.Disclosure;

/// <summary>Which grounds each reply type takes, and the annual report line each (type, ground) is counted on.</summary>
public static class ReplyGrounds
{
    private static readonly Dictionary<ReplyType, ReplyGround[]> ByType = new()
    {
        [ReplyType.Disclosed] = [],
        [ReplyType.PartlyDisclosed] = [],
        [ReplyType.Withheld] =
        [
            ReplyGround.StateSecret, ReplyGround.ProhibitedByLaw, ReplyGround.EndangersSecurity,
            ReplyGround.ThirdPartyRights, ReplyGround.InternalAffairs, ReplyGround.ProcessInformation,
            ReplyGround.EnforcementFile, ReplyGround.AdministrativeQuery,
        ],
        [ReplyType.Unavailable] = [ReplyGround.NotHeld, ReplyGround.WouldNeedCreating, ReplyGround.UnclearAfterCorrection],
        [ReplyType.NotProcessed] =
        [
            ReplyGround.Petition, ReplyGround.Repeated, ReplyGround.PublishedMaterial, ReplyGround.Excessive,
            ReplyGround.ConfirmationOfObtained,
        ],
        [ReplyType.Informed] = [ReplyGround.AlreadyPublic, ReplyGround.OtherAgency, ReplyGround.SpecialProcedure],
        [ReplyType.CorrectionRequired] = [],
    };

    /// <summary>The grounds a reply of <paramref name="type"/> must choose from; empty when it takes none.</summary>
    public static IReadOnlyList<ReplyGround> For(ReplyType type) => ByType.GetValueOrDefault(type) ?? [];

    /// <summary>
    /// The annual report line a closed request is counted on. A request already public is a disclosure; another
    /// agency's information is one this department does not hold; a special procedure is 其他.
    /// </summary>
    public static AnnualReportRow RowOf(ReplyType type, ReplyGround? ground) => (type, ground) switch
    {
        (ReplyType.Disclosed, _) or (ReplyType.Informed, ReplyGround.AlreadyPublic) => AnnualReportRow.Disclosed,
        (ReplyType.PartlyDisclosed, _) => AnnualReportRow.PartlyDisclosed,
        (ReplyType.Informed, ReplyGround.OtherAgency) => AnnualReportRow.UnavailableNotHeld,
        (ReplyType.Informed, _) => AnnualReportRow.OtherOther,
        // The result lines are named type + ground (WithheldStateSecret …); a unit test walks every pair.
        (ReplyType.Withheld or ReplyType.Unavailable or ReplyType.NotProcessed, { } g) =>
            Enum.Parse<AnnualReportRow>($"{type}{g}"),
        _ => AnnualReportRow.OtherOther,
    };
}
