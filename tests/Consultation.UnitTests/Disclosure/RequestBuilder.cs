using Consultation.Core;
using Consultation.Core.Comments;
using Consultation.Core.Disclosure;
using Consultation.UnitTests.Consultations;
using static Consultation.UnitTests.Calendar.OfficialCalendar;

namespace Consultation.UnitTests.Disclosure;

/// <summary>Disclosure requests sent online at a given Shanghai time, on the official calendar.</summary>
internal static class RequestBuilder
{
    public static readonly DisclosureRules Rules = new();

    public static DateTimeOffset Shanghai(string day, int hour = 10) => ShanghaiTime.At(Date(day), new TimeOnly(hour, 0));

    public static DisclosureRequestDraft Draft(ApplicantKind kind = ApplicantKind.NaturalPerson,
        DeliveryForm form = DeliveryForm.Electronic, string? phone = "13812341234") =>
        new(kind, "李四", null, phone, "li@example.cn", form == DeliveryForm.Paper ? "济南市" : null,
            "2025年全省中小学校舍安全检查报告", null, form, Guid.NewGuid().ToString("N"));

    public static DisclosureRequest SentOn(string day, int hour = 10) =>
        DisclosureRequest.ReceiveOnline(Draft(), ReceiptCode.New(), new ConsultationBuilder.PlainHasher(),
            SensitiveWordList.Empty, Official, Shanghai(day, hour));

    public static DisclosureDeadline DeadlineOn(this DisclosureRequest request, string today) =>
        request.DeadlineOn(Date(today), Official, Rules);
}
