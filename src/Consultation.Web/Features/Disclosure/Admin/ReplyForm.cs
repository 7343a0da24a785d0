using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Disclosure;
using Consultation.Web.Hosting;

namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>The reply form; choices arrive as text and an odd one is refused by the request with its own message.</summary>
public sealed class ReplyForm
{
    public string? Type { get; set; }
    public string? Ground { get; set; }
    public string? Text { get; set; }
    public string? FeeMethod { get; set; }
    public int? Pages { get; set; }

    public ReplyInput ToInput() => new(
        FormChoice.Of<ReplyType>(Type),
        string.IsNullOrEmpty(Ground) ? null : FormChoice.Of<ReplyGround>(Ground),
        Text,
        string.IsNullOrEmpty(FeeMethod) ? Core.Disclosure.FeeMethod.None : FormChoice.Of<FeeMethod>(FeeMethod),
        Pages ?? 0);
}
