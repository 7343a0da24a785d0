using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Consultation.Infrastructure.Records;
using Microsoft.Extensions.Options;

namespace Consultation.Web.Features.Records.Downloads;

/// <summary>
/// The yearly ZIPs, built on demand and kept on this node's disk, named by the year and a fingerprint of what they
/// were built from: the newest outbox message (any public change writes one), the site origin the links use and
/// the file format's version. A request finds the file of the current fingerprint or builds it; a newer message
/// makes the next request build afresh and the old files are removed.
/// <para>
/// A half-written file is never served: the ZIP and then its description (size, checksum, time) are written under
/// temporary names and renamed into place, and only a described ZIP counts as built. One lock per year per node
/// makes a second request for the same year wait for the first build and then use it. Two nodes each build their
/// own copy (like the search index, the folder is per node); the bytes depend only on the content, so both copies
/// have the same checksum.
/// </para>
/// </summary>
public sealed class YearDownloads(IServiceScopeFactory scopes, IOptions<DownloadOptions> options,
    IWebHostEnvironment environment, TimeProvider clock, ILogger<YearDownloads> log)
{
    /// <summary>Raised when what a file holds or how it is laid out changes, so deployed caches rebuild.</summary>
    private const int FormatVersion = 1;

    private readonly ConcurrentDictionary<int, SemaphoreSlim> _locks = new();

    private string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Path));

    /// <summary>Every year with something public, newest first, each built if it is not current.</summary>
    public async Task<IReadOnlyList<YearFile>> ListAsync(string origin, CancellationToken ct)
    {
        var (years, fingerprint) = await StateAsync(origin, ct);
        var files = new List<YearFile>();
        foreach (var year in years) files.Add(await CurrentAsync(year, origin, fingerprint, ct));
        return files;
    }

    /// <summary>Null when the year has nothing public.</summary>
    public async Task<YearFile?> FileAsync(int year, string origin, CancellationToken ct)
    {
        var (years, fingerprint) = await StateAsync(origin, ct);
        return years.Contains(year) ? await CurrentAsync(year, origin, fingerprint, ct) : null;
    }

    private async Task<(List<int> Years, string Fingerprint)> StateAsync(string origin, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var years = scope.ServiceProvider.GetRequiredService<DownloadYears>();
        var newest = await years.NewestChangeAsync(ct);
        var site = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(origin)))[..8];
        return (await years.ListAsync(ct), $"{newest}-{site}-v{FormatVersion}");
    }

    private async Task<YearFile> CurrentAsync(int year, string origin, string fingerprint, CancellationToken ct)
    {
        if (Read(year, fingerprint) is { } ready) return ready;
        var gate = _locks.GetOrAdd(year, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            // The request that held the lock before may have built this very file.
            return Read(year, fingerprint) ?? await BuildAsync(year, origin, fingerprint);
        }
        finally
        {
            gate.Release();
        }
    }

    private YearFile? Read(int year, string fingerprint)
    {
        var (zip, about) = Names(year, fingerprint);
        if (!File.Exists(about) || !File.Exists(zip)) return null;
        try
        {
            var description = JsonSerializer.Deserialize<Description>(File.ReadAllBytes(about))!;
            return new YearFile(year, zip, description.Size, description.Sha256, description.BuiltAt);
        }
        catch (FileNotFoundException)
        {
            return null; // removed by a newer build just now: build for this request
        }
    }

    /// <summary>Not cancelled with the request: a build once started finishes for whoever waits on it next.</summary>
    private async Task<YearFile> BuildAsync(int year, string origin, string fingerprint)
    {
        Directory.CreateDirectory(Folder);
        var (zip, about) = Names(year, fingerprint);
        var temporary = Path.Combine(Folder, $".{year}-{Guid.NewGuid():N}.tmp");
        var started = clock.GetTimestamp();
        try
        {
            using (var scope = scopes.CreateScope())
            {
                var content = await scope.ServiceProvider.GetRequiredService<YearRecords>()
                    .ForYearAsync(year, origin, CancellationToken.None);
                await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
                await scope.ServiceProvider.GetRequiredService<YearArchive>().WriteAsync(content, output, CancellationToken.None);
            }
            string sha256;
            long size;
            await using (var written = File.OpenRead(temporary))
            {
                size = written.Length;
                sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(written));
            }
            File.Move(temporary, zip, overwrite: true);
            var built = new YearFile(year, zip, size, sha256, clock.GetUtcNow());
            await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(new Description(size, sha256, built.BuiltAt)));
            File.Move(temporary, about, overwrite: true);
            RemoveOlder(year, zip, about);
            log.LogInformation("Built the {Year} download ({Size} bytes, sha256 {Sha}) in {Elapsed} ms", year, size, sha256,
                (long)clock.GetElapsedTime(started).TotalMilliseconds);
            return built;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private void RemoveOlder(int year, params string[] keep)
    {
        foreach (var file in Directory.EnumerateFiles(Folder, $"{year}-*"))
        {
            if (keep.Contains(file)) continue;
            try
            {
                File.Delete(file); // a download still reading it keeps its open handle
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Could not remove the old download {File}", file);
            }
        }
    }

    private (string Zip, string About) Names(int year, string fingerprint) =>
        (Path.Combine(Folder, $"{year}-{fingerprint}.zip"), Path.Combine(Folder, $"{year}-{fingerprint}.json"));

    private sealed record Description(long Size, string Sha256, DateTimeOffset BuiltAt);
}
