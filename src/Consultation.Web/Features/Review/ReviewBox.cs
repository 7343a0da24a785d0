using Consultation.Core.Review;

namespace Consultation.Web.Features.Review;

/// <summary>
/// What the one review box (<c>views/Shared/_ReviewBox.cshtml</c>) shows for an item: submit, approve, send back and
/// the history link, each posting to the review endpoints of <paramref name="Kind"/>. <paramref name="Name"/> keeps
/// element ids apart where a page has two boxes (a meeting's call and record). <paramref name="Stamp"/> is the
/// version on screen; a move made from a page that has gone stale is refused.
/// </summary>
public sealed record ReviewBox(string Kind, int Id, ReviewWorkflow Workflow, int Stamp, string Name = "",
    int HeadingLevel = 2);
