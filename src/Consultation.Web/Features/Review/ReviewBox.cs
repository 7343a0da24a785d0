using Consultation.Core.Review;

namespace Consultation.Web.Features.Review;

/// <summary>
/// What the one review box (<c>views/Shared/_ReviewBox.cshtml</c>) shows for an item: submit, approve, send back and
/// the history link, each posting to the review endpoints of <paramref name="Kind"/>. <paramref name="Name"/> keeps
/// element ids apart where a page has two boxes (a meeting's call and record).
/// </summary>
public sealed record ReviewBox(string Kind, int Id, ReviewWorkflow Workflow, string Name = "", int HeadingLevel = 2);
