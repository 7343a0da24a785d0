using Consultation.Core.Disclosure;
using static Consultation.UnitTests.Calendar.OfficialCalendar;
using static Consultation.UnitTests.Disclosure.RequestBuilder;

namespace Consultation.UnitTests.Disclosure;

public sealed class AnnualStatisticsTests
{
    private static readonly AnnualReportRow[] Results =
        [.. Enum.GetValues<AnnualReportRow>().Where(r => r is not (AnnualReportRow.NewlyReceived or AnnualReportRow.CarriedOver
            or AnnualReportRow.Total or AnnualReportRow.CarriedForward))];

    /// <summary>Requests received over three years, some replied in the year, some the next, some never.</summary>
    private static List<DisclosureRequest> Generated(int seed)
    {
        var random = new Random(seed);
        var types = Enum.GetValues<ReplyType>().Where(t => t != ReplyType.CorrectionRequired).ToArray();
        var requests = new List<DisclosureRequest>();
        for (var i = 0; i < 300; i++)
        {
            var sent = Date("2024-01-02").AddDays(random.Next(0, 3 * 365));
            var kind = (ApplicantKind)random.Next(0, 6);
            var request = DisclosureRequest.ReceiveOnline(Draft(kind), "ABCDEFGHJK", new Consultations.ConsultationBuilder.PlainHasher(),
                Core.Comments.SensitiveWordList.Empty, Official, Core.ShanghaiTime.At(sent, new TimeOnly(10, 0)));
            if (random.Next(4) > 0)
            {
                var type = types[random.Next(types.Length)];
                var grounds = ReplyGrounds.For(type);
                request.Reply(type, grounds.Count == 0 ? null : grounds[random.Next(grounds.Count)], "答复。", FeeMethod.None,
                    0, 1, FeeSchedule.Default, Actors.Editor, Core.ShanghaiTime.At(request.ReceivedOn.AddDays(random.Next(0, 40)),
                        new TimeOnly(15, 0)));
            }
            requests.Add(request);
        }
        return requests;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void New_and_carried_over_requests_equal_the_results_plus_those_carried_forward(int seed)
    {
        var requests = Generated(seed);
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var s = AnnualStatistics.Of(year, requests);
            foreach (var kind in Enum.GetValues<ApplicantKind>())
            {
                Assert.Equal(s.Count(AnnualReportRow.NewlyReceived, kind) + s.Count(AnnualReportRow.CarriedOver, kind),
                    s.Count(AnnualReportRow.Total, kind) + s.Count(AnnualReportRow.CarriedForward, kind));
                Assert.Equal(Results.Sum(r => s.Count(r, kind)), s.Count(AnnualReportRow.Total, kind));
            }
            Assert.Equal(requests.Count(r => r.ReceivedOn.Year == year), s.Total(AnnualReportRow.NewlyReceived));
            Assert.Equal(s.Total(AnnualReportRow.NewlyReceived),
                s.Count(AnnualReportRow.NewlyReceived, ApplicantKind.NaturalPerson) + s.Organisations(AnnualReportRow.NewlyReceived));
        }
        // What one year carries forward, the next carries over.
        Assert.Equal(AnnualStatistics.Of(2024, requests).Total(AnnualReportRow.CarriedForward),
            AnnualStatistics.Of(2025, requests).Total(AnnualReportRow.CarriedOver));
    }

    [Fact]
    public void A_request_received_in_December_and_replied_in_January_is_carried_over()
    {
        var request = SentOn("2025-12-29");
        request.Reply(ReplyType.Withheld, ReplyGround.ProcessInformation, "过程性信息。", FeeMethod.None, 0, 1,
            FeeSchedule.Default, Actors.Editor, Shanghai("2026-01-08"));

        var y2025 = AnnualStatistics.Of(2025, [request]);
        var y2026 = AnnualStatistics.Of(2026, [request]);

        Assert.Equal((1, 1, 0), (y2025.Total(AnnualReportRow.NewlyReceived), y2025.Total(AnnualReportRow.CarriedForward),
            y2025.Total(AnnualReportRow.Total)));
        Assert.Equal((1, 1, 0), (y2026.Total(AnnualReportRow.CarriedOver),
            y2026.Total(AnnualReportRow.WithheldProcessInformation), y2026.Total(AnnualReportRow.CarriedForward)));
    }

    [Fact]
    public void Every_reply_type_and_ground_is_counted_on_a_result_line()
    {
        foreach (var type in Enum.GetValues<ReplyType>())
        foreach (var ground in ReplyGrounds.For(type).Cast<ReplyGround?>().DefaultIfEmpty(null))
            Assert.Contains(ReplyGrounds.RowOf(type, ground), Results);
        Assert.Equal(AnnualReportRow.UnavailableNotHeld, ReplyGrounds.RowOf(ReplyType.Informed, ReplyGround.OtherAgency));
        Assert.Equal(AnnualReportRow.Disclosed, ReplyGrounds.RowOf(ReplyType.Informed, ReplyGround.AlreadyPublic));
    }
}
