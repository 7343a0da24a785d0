using Consultation.Infrastructure.Media;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Media;

public sealed class MediaFileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"consultation-store-{Guid.NewGuid():N}");
    private readonly MediaFileStore _store;

    public MediaFileStoreTests() => _store = new MediaFileStore(Options.Create(new MediaOptions { Root = _root }));

    [Fact]
    public void Names_are_random_hex_without_an_extension()
    {
        var names = Enumerable.Range(0, 100).Select(_ => _store.NewName()).ToList();

        Assert.All(names, n => Assert.Matches("^[0-9a-f]{32}$", n));
        Assert.Equal(100, names.Distinct().Count());
    }

    [Fact]
    public async Task A_written_file_reads_back_and_nothing_else_is_left_in_its_folder()
    {
        var name = _store.NewName();

        await _store.WriteAsync(name, [1, 2, 3], CancellationToken.None);

        await using var read = _store.OpenRead(name)!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal([1, 2, 3], copy.ToArray());
        Assert.Equal([name], Directory.GetFiles(Path.Combine(_root, name[..2])).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_file_is_null()
    {
        Assert.Null(_store.OpenRead(_store.NewName()));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789abcdef0123456789abcdef.html")]
    [InlineData("0123456789abcdef0123456789abcdef\n")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("")]
    public void Anything_but_a_server_made_name_is_not_a_path(string name)
    {
        Assert.False(MediaFileStore.IsStoredName(name));
        Assert.Throws<ArgumentException>(() => _store.OpenRead(name));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
