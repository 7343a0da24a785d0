namespace Consultation.Web.Features.Disclosure.Admin;

/// <summary>A letter or a request handed in, typed by an editor: the request form plus how and when it arrived.</summary>
public sealed class OfflineRequestForm
{
    public DisclosureForm Request { get; set; } = new();
    public string? Channel { get; set; }
    public DateOnly? ReceivedOn { get; set; }
}
