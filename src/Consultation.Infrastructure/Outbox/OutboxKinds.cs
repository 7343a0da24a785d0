namespace Consultation.Infrastructure.Outbox;

/// <summary>Kinds of outbox messages that are instructions rather than domain events (those carry their type's name).</summary>
public static class OutboxKinds
{
    /// <summary>Every node rebuilds its search index from the database.</summary>
    public const string SearchRebuild = "SearchRebuildRequested";

    /// <summary>The synonym list changed; every node reloads it.</summary>
    public const string SearchSynonymsChanged = "SearchSynonymsChanged";

    /// <summary>The sensitive-word list changed; every node's comment writer reads it again.</summary>
    public const string SensitiveWordsChanged = "SensitiveWordsChanged";
}
