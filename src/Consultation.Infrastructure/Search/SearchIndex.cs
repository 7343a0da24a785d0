using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LockObtainFailedException = Lucene.Net.Store.LockObtainFailedException;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// This node's search index on local disk (never shared: every node keeps its own and feeds it from the shared outbox).
/// Writes are serialised here, one at a time; searching uses refreshed read-only snapshots and never waits for a write,
/// and publishing never waits for either, since it only writes the outbox. The folder holds generations and a file
/// naming the current one, so a rebuild can fill a new generation while the old one keeps answering.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Raised whenever the document layout changes: an index written with another layout is rebuilt.</summary>
    public const string SchemaVersion = "3";

    private const string PointerFile = "current";
    private const string LockFile = "node.lock";

    private readonly string _root;
    private readonly ILogger<SearchIndex> _logger;
    private readonly SemaphoreSlim _write = new(1, 1);
    private volatile IndexGeneration _current;
    private readonly FileStream _folderLock;

    public SearchIndex(string root, ILogger<SearchIndex> logger)
    {
        _root = Path.GetFullPath(root);
        _logger = logger;
        Directory.CreateDirectory(_root);
        _folderLock = LockFolder(_root);
        _current = OpenCurrent();
    }

    public Analyzer Analyzer { get; } = SearchFields.CreateAnalyzer();

    public string Root => _root;

    /// <summary>Why the index must be rebuilt from the database (empty, unreadable, old layout), or null.</summary>
    public string? Problem { get; private set; }

    public string Generation => _current.Name;

    /// <summary>The last outbox message this node's index reflects.</summary>
    public long Position => _current.Position;

    public int DocumentCount => _current.Writer.NumDocs;

    /// <summary>Runs a search on the newest committed snapshot; the snapshot stays valid while it runs.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var manager = _current.Searchers;
        var searcher = manager.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>
    /// Replaces every document of the given subjects with <paramref name="documents"/> (none: the subject is no longer
    /// public) and commits them together with the outbox <paramref name="position"/> they bring the index up to.
    /// </summary>
    public async Task ApplyAsync(IReadOnlyCollection<string> subjects, IReadOnlyList<(string Subject, SearchDocument Document)> documents,
        long position, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            var generation = _current;
            foreach (var subject in subjects) generation.Writer.DeleteDocuments(new Term(SearchFields.Subject, subject));
            foreach (var (subject, document) in documents)
                generation.Writer.AddDocument(SearchDocuments.ToLucene(subject, document));
            generation.Commit(Math.Max(position, generation.Position));
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>
    /// After loading many documents at once (a bulk import, the benchmark): merges the current generation down to
    /// <paramref name="segments"/> segments, as a rebuild does (<see cref="IndexGeneration.MergeDown"/>).
    /// </summary>
    public async Task MergeDownAsync(int segments, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            var generation = _current;
            generation.MergeDown(segments);
            generation.Commit(generation.Position);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>A new, empty generation for a full rebuild; it becomes current with <see cref="SwitchToAsync"/>.</summary>
    internal IndexGeneration CreateGeneration() =>
        IndexGeneration.Open(_root, "g" + DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture),
            Analyzer, create: true);

    /// <summary>Makes a rebuilt generation current and drops the old one.</summary>
    internal async Task SwitchToAsync(IndexGeneration rebuilt, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        IndexGeneration old;
        try
        {
            var pointer = Path.Combine(_root, PointerFile);
            await File.WriteAllTextAsync(pointer + ".new", rebuilt.Name, ct);
            File.Move(pointer + ".new", pointer, overwrite: true);
            old = _current;
            _current = rebuilt;
            Problem = null;
        }
        finally
        {
            _write.Release();
        }
        // Searches still running on the old snapshot keep their open files; new ones use the rebuilt generation.
        old.Dispose();
        DeleteOtherGenerations();
    }

    /// <summary>Throws away a generation that was never switched to (a rebuild that failed or was stopped).</summary>
    internal void Discard(IndexGeneration generation)
    {
        generation.Dispose();
        try
        {
            Directory.Delete(Path.Combine(_root, generation.Name), recursive: true);
        }
        catch (IOException e)
        {
            _logger.LogInformation(e, "Unfinished search index generation {Name} not deleted yet", generation.Name);
        }
    }

    /// <summary>Records that the index cannot be trusted (e.g. a search hit a corrupt file), so it gets rebuilt.</summary>
    public void ReportProblem(string problem) => Problem ??= problem;

    public void Dispose()
    {
        _current.Dispose();
        _write.Dispose();
        _folderLock.Dispose();
    }

    /// <summary>
    /// Holds the folder for this process: a second process (a site started twice, the command line beside a running
    /// site) must not switch generations under the first or delete the one it writes to.
    /// </summary>
    private static FileStream LockFolder(string root)
    {
        try
        {
            return new FileStream(Path.Combine(root, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new SearchIndexInUseException(root);
        }
    }

    private IndexGeneration OpenCurrent()
    {
        var pointer = Path.Combine(_root, PointerFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
        if (!string.IsNullOrEmpty(name) && name.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            try
            {
                var opened = IndexGeneration.Open(_root, name, Analyzer, create: false);
                if (opened.Schema != SchemaVersion) Problem = $"written with layout {opened.Schema ?? "?"}, now {SchemaVersion}";
                return opened;
            }
            catch (LockObtainFailedException)
            {
                throw; // another process (a second site, the command line) writes here: never take its index away
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException
                                          or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
            {
                _logger.LogWarning(e, "Search index generation {Name} cannot be opened; rebuilding", name);
                Problem = $"unreadable: {e.GetType().Name}";
            }
        }
        else
        {
            Problem = "empty";
        }
        // Serve an empty generation (and say so) until the rebuild has filled a new one.
        var empty = CreateGeneration();
        File.WriteAllText(pointer, empty.Name);
        DeleteOtherGenerations(empty.Name);
        return empty;
    }

    private void DeleteOtherGenerations(string? keep = null)
    {
        keep ??= _current.Name;
        foreach (var folder in Directory.EnumerateDirectories(_root))
        {
            if (Path.GetFileName(folder) == keep) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException e)
            {
                _logger.LogInformation(e, "Old search index generation {Folder} not deleted yet", folder);
            }
        }
    }
}
