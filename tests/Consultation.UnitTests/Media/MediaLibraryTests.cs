using System.Text;
using Consultation.Core;
using Consultation.Core.Media;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Media;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultation.UnitTests.Media;

/// <summary>The library end to end on an in-memory database and a temporary folder.</summary>
public sealed class MediaLibraryTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"consultation-media-{Guid.NewGuid():N}");
    private readonly ConsultationDbContext _db;
    private readonly MediaOptions _options;

    public MediaLibraryTests()
    {
        _connection.Open();
        _db = new ConsultationDbContext(new DbContextOptionsBuilder<ConsultationDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        _options = new MediaOptions { Root = _root };
    }

    [Fact]
    public async Task An_image_is_stored_under_a_server_made_name_with_its_renditions()
    {
        var asset = await Upload(TestImages.Jpeg(800, 400), "../../etc/照片.png", "山东省教育厅办公楼");

        Assert.Equal(MediaKind.Image, asset.Kind);
        Assert.True(MediaFileStore.IsStoredName(asset.StoredName));
        Assert.Equal("照片.jpg", asset.OriginalName);
        Assert.Equal("image/jpeg", asset.ContentType);
        Assert.Equal([320, 640], asset.Widths);
        Assert.Equal(["", "-320", "-640"], StoredFiles().Select(f => f[asset.StoredName.Length..]).Order());
        Assert.Single(await _db.MediaAssets.ToListAsync());
    }

    [Fact]
    public async Task A_pdf_named_like_an_image_is_stored_as_a_pdf()
    {
        var asset = await Upload(TestDocuments.Pdf(), "扫描件.jpg");

        Assert.Equal(MediaKind.Document, asset.Kind);
        Assert.Equal("application/pdf", asset.ContentType);
        Assert.Equal("扫描件.pdf", asset.OriginalName);
        Assert.Equal(TestDocuments.Pdf(), await File.ReadAllBytesAsync(Path.Combine(_root, asset.StoredName[..2], asset.StoredName)));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "logo.jpg", "media.refused_svg")]
    [InlineData("<!DOCTYPE html><html><script>alert(1)</script></html>", "通知.pdf", "media.refused_html")]
    [InlineData("MZ\u0090\0\u0003\0\0\0", "report.pdf", "media.refused_executable")]
    [InlineData("\u007FELF\u0002\u0001\u0001", "photo.jpg", "media.refused_executable")]
    public async Task Dangerous_files_are_refused_whatever_their_name_and_nothing_is_stored(string content, string name, string key)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Upload(Encoding.Latin1.GetBytes(content), name));

        Assert.Equal(key, refused.MessageKey);
        AssertNothingStored();
    }

    [Fact]
    public async Task An_image_without_alternative_text_is_refused_and_nothing_is_stored()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Upload(TestImages.Jpeg(800, 400), "a.jpg", "  "));

        Assert.Equal("media.alt_required", refused.MessageKey);
        AssertNothingStored();
    }

    [Fact]
    public async Task A_file_over_the_byte_limit_is_refused_without_reading_it_all()
    {
        _options.MaxUploadBytes = 1024 * 1024;
        var content = new CountingStream(new MemoryStream(new byte[5 * 1024 * 1024]));

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Library().UploadAsync(new MediaUpload(content, "big.pdf", null), "editor", CancellationToken.None));

        Assert.Equal("media.too_large", refused.MessageKey);
        Assert.True(content.BytesRead < 2 * 1024 * 1024);
        AssertNothingStored();
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => Upload([], "empty.pdf"));

        Assert.Equal("media.empty", refused.MessageKey);
    }

    [Fact]
    public async Task The_library_lists_newest_first()
    {
        var first = await Upload(TestDocuments.Pdf(), "一.pdf");
        var second = await Upload(TestDocuments.Docx(), "二.docx");

        var page = await Library().PageAsync(1, CancellationToken.None);

        Assert.Equal([second.Id, first.Id], page.Items.Select(a => a.Id));
        Assert.False(page.HasNext);
    }

    private Task<MediaAsset> Upload(byte[] bytes, string name, string? alt = null) =>
        Library().UploadAsync(new MediaUpload(new MemoryStream(bytes), name, alt), "editor", CancellationToken.None);

    private MediaLibrary Library()
    {
        var options = Options.Create(_options);
        return new MediaLibrary(_db, new ImageProcessor(options), new DocumentInspector(), new MediaFileStore(options),
            options, TimeProvider.System);
    }

    private List<string> StoredFiles() =>
        Directory.Exists(_root)
            ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)!).ToList()
            : [];

    private void AssertNothingStored()
    {
        Assert.Empty(StoredFiles());
        Assert.Equal(0, _db.MediaAssets.Count());
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }
    }
}
