namespace Consultation.Infrastructure.Seeding;

/// <summary>A generated published document, <see cref="DaysAgo"/> days old; a policy (with interpretations) or an article.</summary>
public sealed record GeneratedDocument(string Title, string DocumentNumber, string Body, string Subject, int DaysAgo, bool IsPolicy);
