namespace Consultation.Infrastructure.Database;

/// <summary>The item a back-office action names does not exist; the web layer answers 404.</summary>
public sealed class ItemNotFoundException() : Exception("The requested item does not exist.");
