using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Xunit.Abstractions;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// Every <c>file</c> case of the corpus, and a harmless photo under every hostile name, uploaded to every endpoint
/// that takes a file (found in the endpoint data source, not listed by hand). Each answer is a 4xx page saying why in
/// the page's language with nothing stored, or a picture stored under a name the server made, re-encoded and served
/// as an image with nosniff. Nothing lands outside <c>Media:Root</c>.
/// </summary>
public abstract class HostileUploadsBehaviour(SiteFixture site, ITestOutputHelper output)
{
    /// <summary>
    /// What each file must come to: a part of the Chinese refusal, or null for a picture that is harmless once
    /// re-encoded (the polyglots decode as images; their script and page parts are not pixels and are dropped).
    /// </summary>
    private static readonly Dictionary<string, string?> Expected = new()
    {
        ["gif-js"] = null,
        ["jpeg-html"] = null,
        ["png-flood"] = "图片像素过多",
        ["jpeg-flood"] = "图片像素过多",
        ["gif-flood"] = "图片像素过多",
        ["svg-script"] = "不接受 SVG 图片",
        ["html-as-jpg"] = "不接受网页文件",
        ["zip-bomb"] = "压缩炸弹",
        ["ofd-bomb"] = "压缩炸弹",
        ["ofd-fake"] = "压缩包不是",
        ["ofd-traversal"] = "指向包外的路径",
        ["ofd-exe"] = "不接受可执行程序",
        ["ofd-html"] = "不接受网页文件",
        ["pdf-js"] = "打开时自动执行的脚本",
        ["empty"] = "文件是空的",
        ["truncated-png"] = "图片已损坏",
        ["docx-macro"] = "不接受含宏",
        ["exe-as-pdf"] = "不接受可执行程序",
        ["nested-zip"] = "压缩包不是",
    };

    private SiteFactory Factory => site.Factory;

    [SkippableFact]
    public async Task Every_hostile_file_is_refused_with_the_reason_or_stored_as_a_harmless_reencoded_picture()
    {
        var endpoints = UploadEndpoints();
        var editor = await EditorAsync();
        var cases = HostileCase.In("file").ToList();
        Assert.True(cases.Count >= 19, $"the corpus has {cases.Count} file cases");

        foreach (var endpoint in endpoints)
        foreach (var fileCase in cases)
        {
            var name = HostileFiles.NameOf(fileCase);
            Assert.True(Expected.ContainsKey(name), $"{fileCase.Id} ({name}): say in Expected what it must come to");
            var (bytes, fileName) = HostileFiles.For(fileCase);
            var before = await StoredAsync();
            var watch = System.Diagnostics.Stopwatch.StartNew();

            var response = await UploadAsync(editor, endpoint, bytes, fileName);

            output.WriteLine($"{endpoint} {fileCase.Id} {name} ({bytes.Length:N0} bytes) → {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms");
            if (Expected[name] is { } refusal)
            {
                await AssertRefusedAsync(response, refusal, "zh-CN", $"{fileCase.Id} {name}");
                Assert.Equal(before, await StoredAsync());
            }
            else
            {
                await AssertStoredHarmlessAsync(editor, response, bytes, $"{fileCase.Id} {name}");
            }
        }
        AssertNothingOutsideTheMediaRoot();
    }

    [SkippableFact]
    public async Task Pixel_floods_are_refused_from_the_header_without_decoding()
    {
        var editor = await EditorAsync();
        foreach (var fileCase in HostileCase.In("file").Where(c => HostileFiles.NameOf(c).EndsWith("-flood", StringComparison.Ordinal)))
        {
            var (bytes, fileName) = HostileFiles.For(fileCase);
            var watch = System.Diagnostics.Stopwatch.StartNew();

            var response = await UploadAsync(editor, UploadEndpoints()[0], bytes, fileName);

            // The pixel count in the message comes from the header: decoding 2.5–4.3 billion pixels would need 10–17 GB
            // and many seconds; the refusal needs neither.
            var page = await AssertRefusedAsync(response, "图片像素过多", "zh-CN", fileCase.Id);
            Assert.Matches("约 (250000|360000|429483) 万像素", page.QuerySelector("#form-errors")!.TextContent);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{fileCase.Id} took {watch.Elapsed}");
        }
    }

    [SkippableFact]
    public async Task A_refused_file_is_explained_in_English_on_an_English_page()
    {
        var editor = await EditorAsync();
        var fileCase = HostileCase.In("file").First(c => HostileFiles.NameOf(c) == "zip-bomb");
        var (bytes, fileName) = HostileFiles.For(fileCase);

        var response = await UploadAsync(editor, UploadEndpoints()[0], bytes, fileName, culture: "en");

        await AssertRefusedAsync(response, "possible zip bomb", "en", fileCase.Id);
    }

    [SkippableFact]
    public async Task A_photo_under_a_hostile_name_is_stored_under_a_server_made_name_and_nothing_leaves_the_media_root()
    {
        var editor = await EditorAsync();
        var names = HostileCase.In("traversal").Select(c => c.Text)
            .Concat(["../../x.jpg", "..\\..\\x.jpg", new string('长', 400) + ".jpg", "NUL.png", "LPT1.jpg", "x.jpg\0.html"]);

        foreach (var endpoint in UploadEndpoints())
        foreach (var name in names)
        {
            var response = await UploadAsync(editor, endpoint, HostileFiles.Photo(), name);

            var shown = await AssertStoredHarmlessAsync(editor, response, HostileFiles.Photo(), $"name {Printable(name)}");
            // The download name is the uploader's last path part with the extension of what was stored (an opaque
            // photo is stored as JPEG); it is only ever a header value and page text, never a path.
            var original = shown.QuerySelector("h1")!.TextContent;
            Assert.EndsWith(".jpg", original);
            Assert.False(original.IndexOfAny(['/', '\\', '\0']) >= 0, $"name {Printable(name)}: shown as {Printable(original)}");
        }
        AssertNothingOutsideTheMediaRoot();
    }

    /// <summary>Every POST the site answers whose bound model has an <c>IFormFile</c>; today the media library.</summary>
    private IReadOnlyList<DiscoveredEndpoint> UploadEndpoints()
    {
        var found = EndpointDiscovery.Discover(Factory.Services)
            .Where(e => e.Method == "POST" && e.Fields.Any(f => f.Kind == FieldKind.File)).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, e => Assert.Empty(e.Pattern.Parameters)); // a form page with route values would need a sample
        return found;
    }

    private async Task<Browser> EditorAsync() =>
        await new Browser(Factory.CreatePlainClient(), Factory.Services).SignInAsync("editor", Factory.Credentials.PasswordOf("editor"));

    /// <summary>
    /// Fills the endpoint's form as a browser would — every field it carries, its antiforgery token, the file in the
    /// file field — and posts it as multipart.
    /// </summary>
    private static async Task<HttpResponseMessage> UploadAsync(Browser editor, DiscoveredEndpoint endpoint, byte[] bytes,
        string fileName, string culture = "zh-CN")
    {
        var (_, page) = await editor.GetAsync(endpoint.Template);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == endpoint.Template)
                   ?? throw new InvalidOperationException($"No form posting to {endpoint.Template} on its page.");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var fileField = endpoint.Fields.First(f => f.Kind == FieldKind.File).Name;
        var content = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is { Length: > 0 } && i.Type is not ("file" or "submit")))
            content.Add(new StringContent(input.Name == "AltText" ? "恶意文件测试" : input.Value ?? ""), input.Name!);
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => t.Name is { Length: > 0 }))
            content.Add(new StringContent(area.Name == "AltText" ? "恶意文件测试" : area.Value ?? ""), area.Name!);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg"); // the browser's guess, which must not matter
        // Set by hand: the framework's own builder refuses some names a hostile client sends anyway.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = $"\"{fileField}\"",
            FileNameStar = fileName,
        };
        content.Add(file);
        return await editor.Client.PostAsync($"{endpoint.Template}?culture={culture}", content);
    }

    private static async Task<IDocument> AssertRefusedAsync(HttpResponseMessage response, string reason, string language, string what)
    {
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge,
            $"{what}: expected a refusal, got {(int)response.StatusCode}");
        var page = await Browser.ParseAsync(response);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        var errors = page.QuerySelector("#form-errors")?.TextContent ?? "";
        Assert.True(errors.Contains(reason, StringComparison.Ordinal), $"{what}: the page says \"{errors.Trim()}\"");
        Assert.NotNull(page.QuerySelector("form input[type=file]")); // the form again, to choose another file
        return page;
    }

    /// <summary>
    /// The upload went through: a server-made name, our own encoding (other bytes, nothing after the image's end, no
    /// script text), bounded dimensions, served as an image with nosniff and inline.
    /// </summary>
    private async Task<IDocument> AssertStoredHarmlessAsync(Browser editor, HttpResponseMessage response, byte[] uploaded, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: expected the stored picture, got {(int)response.StatusCode}");
        var (_, shown) = await editor.GetAsync(response.Headers.Location!.OriginalString);
        var link = shown.QuerySelector("#media-link")!.GetAttribute("value")!;
        Assert.Matches("^/media/[0-9a-f]{32}$", link);

        var served = await Factory.CreatePlainClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        var type = served.Content.Headers.ContentType!.MediaType;
        Assert.True(type is "image/jpeg" or "image/png", $"{what}: served as {type}");
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEqual("attachment", served.Content.Headers.ContentDisposition?.DispositionType);

        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().SequenceEqual(uploaded), $"{what}: stored as uploaded, not re-encoded");
        Assert.True(EndsAtItsEnd(bytes, type), $"{what}: bytes follow the image's end marker");
        var text = Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", text, StringComparison.Ordinal);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.True((long)codec.Info.Width * codec.Info.Height <= 40_000_000, $"{what}: {codec.Info.Width}×{codec.Info.Height}");
        return shown;
    }

    /// <summary>A JPEG ends with its EOI marker, a PNG with its IEND chunk (and CRC): nothing may ride behind.</summary>
    private static bool EndsAtItsEnd(byte[] bytes, string? type) => type == "image/jpeg"
        ? bytes.AsSpan().EndsWith(new byte[] { 0xFF, 0xD9 })
        : bytes.AsSpan()[..^4].EndsWith("IEND"u8);

    private async Task<(int Rows, int Files)> StoredAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().MediaAssets.CountAsync();
        var files = Directory.Exists(Factory.MediaRoot) ? Directory.EnumerateFiles(Factory.MediaRoot, "*", SearchOption.AllDirectories).Count() : 0;
        return (rows, files);
    }

    /// <summary>The media root sits two folders down in a folder of its own: "../../x" from it would land here.</summary>
    private void AssertNothingOutsideTheMediaRoot()
    {
        var root = Path.GetFullPath(Factory.MediaRoot) + Path.DirectorySeparatorChar;
        var outside = Directory.EnumerateFileSystemEntries(Factory.MediaSandbox, "*", SearchOption.AllDirectories)
            .Where(p => !root.StartsWith(Path.GetFullPath(p) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && !Path.GetFullPath(p).StartsWith(root, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(outside);
    }

    private static string Printable(string name) =>
        name.Length > 40 ? name[..40] + "…" : name.Replace("\0", "\\0", StringComparison.Ordinal);
}
