namespace Consultation.Infrastructure.Database;

/// <summary>The item changed after the person read it; nothing was saved and the web layer answers 409.</summary>
public sealed class ChangedMeanwhileException(Exception? inner = null)
    : Exception("The item was changed by someone else meanwhile.", inner);
