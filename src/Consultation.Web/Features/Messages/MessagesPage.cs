using Consultation.Core.Messages;

namespace Consultation.Web.Features.Messages;

/// <summary>One page of the public list of answered messages.</summary>
public sealed record MessagesPage(IReadOnlyList<Message> Items, int Page, int PageCount, int Total);
