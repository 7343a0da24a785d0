using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Consultation.Infrastructure.Search;

/// <summary>
/// One generation of this node's index: a folder, its single writer and the searchers opened from it. A rebuild
/// fills a new generation while the old one keeps answering, then the node switches over.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private const string PositionKey = "outbox-position";
    private const string SchemaKey = "schema";

    private IndexGeneration(string name, FSDirectory directory, IndexWriter writer)
    {
        Name = name;
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new SearcherFactory());
        var data = writer.CommitData;
        Position = data is not null && data.TryGetValue(PositionKey, out var p)
                   && long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        Schema = data is not null && data.TryGetValue(SchemaKey, out var s) ? s : null;
    }

    public string Name { get; }
    public FSDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    /// <summary>The last outbox message applied, committed atomically with the documents it produced.</summary>
    public long Position { get; private set; }

    /// <summary>The document layout the generation was written with; another one means it must be rebuilt.</summary>
    public string? Schema { get; private set; }

    /// <summary>Opens (or, with <paramref name="create"/>, starts) the generation in <paramref name="folder"/>.</summary>
    public static IndexGeneration Open(string root, string name, Analyzer analyzer, bool create)
    {
        var folder = Path.Combine(root, name);
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        try
        {
            if (!create && !DirectoryReader.IndexExists(directory))
                throw new InvalidDataException($"No index in {folder}.");
            var config = new IndexWriterConfig(SearchIndex.Version, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = 48,
            };
            var writer = new IndexWriter(directory, config);
            try
            {
                var generation = new IndexGeneration(name, directory, writer);
                if (create) generation.Commit(0);
                return generation;
            }
            catch
            {
                writer.Dispose();
                throw;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Commits what was written with the outbox position it reflects, and lets new searches see it.</summary>
    public void Commit(long position)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
            [SchemaKey] = SearchIndex.SchemaVersion,
        });
        Writer.Commit();
        Position = position;
        Schema = SearchIndex.SchemaVersion;
        Searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Merges a freshly filled generation into as many segments as a search reads slices: each term is then looked up
    /// in a few segments instead of a dozen, and the slices are of about equal size (a slice cannot split a segment).
    /// </summary>
    public void MergeDown(int segments) => Writer.ForceMerge(Math.Max(1, segments));

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }
}
