namespace Consultation.Infrastructure.Search;

/// <summary>Another process on this machine (a running site, the command line) already holds this index folder.</summary>
public sealed class SearchIndexInUseException(string folder)
    : IOException($"The search index in {folder} is in use by another process on this node.");
