using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Consultation.IntegrationTests.Media;

/// <summary>An editor's uploads and a reader's downloads; run on SQLite and on PostgreSQL.</summary>
public abstract class MediaLibraryBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task An_uploaded_image_is_served_as_an_image_with_nosniff_and_webp_renditions()
    {
        var editor = await Editor();

        var uploaded = await UploadAsync(editor, Photo(800, 400), "校园.png", "山东省实验中学校园");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var (shown, page) = await editor.GetAsync(uploaded.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var link = page.QuerySelector("#media-link")!.GetAttribute("value")!;
        Assert.Matches("^/media/[0-9a-f]{32}$", link);

        var reader = new HttpClient(site.Factory.Server.CreateHandler()) { BaseAddress = site.Factory.Server.BaseAddress };
        var image = await reader.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Contains(image.Content.Headers.ContentType!.MediaType, new[] { "image/jpeg", "image/png" });
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("immutable", image.Headers.CacheControl!.ToString());
        Assert.NotEqual("attachment", image.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal((800, 400), Size(await image.Content.ReadAsByteArrayAsync()));

        foreach (var width in new[] { 320, 640 })
        {
            var rendition = await reader.GetAsync($"{link}/{width}.webp");
            Assert.Equal(HttpStatusCode.OK, rendition.StatusCode);
            Assert.Equal("image/webp", rendition.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", rendition.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(width, Size(await rendition.Content.ReadAsByteArrayAsync()).Width);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{link}/1024.webp")).StatusCode);
    }

    [SkippableFact]
    public async Task The_library_lists_uploads_with_a_thumbnail()
    {
        var editor = await Editor();
        await UploadAsync(editor, Photo(500, 500), "缩略图测试.jpg", "缩略图测试");

        var (response, page) = await editor.GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll(".media-table tbody tr").First(r => r.TextContent.Contains("缩略图测试.jpg"));
        Assert.Matches("^/media/[0-9a-f]{32}/320\\.webp$", row.QuerySelector("img.media-thumb")!.GetAttribute("src")!);
        Assert.Equal("缩略图测试", row.QuerySelector("img.media-thumb")!.GetAttribute("alt"));
    }

    [SkippableFact]
    public async Task An_uploaded_pdf_is_served_as_an_attachment_under_its_own_name()
    {
        var editor = await Editor();

        var uploaded = await UploadAsync(editor, Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"), "征求意见稿.pdf", null);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var (_, page) = await editor.GetAsync(uploaded.Headers.Location!.OriginalString);
        var pdf = await site.Factory.CreateClient().GetAsync(page.QuerySelector("#media-link")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", pdf.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = pdf.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("征求意见稿.pdf", disposition.FileNameStar);
    }

    [SkippableTheory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "图标.jpg", "image/jpeg", "不接受 SVG 图片")]
    [InlineData("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>", "通知.pdf", "application/pdf", "不接受网页文件")]
    [InlineData("MZ\u0090\u0000\u0003", "说明.pdf", "application/pdf", "不接受可执行程序")]
    public async Task Dangerous_files_are_refused_with_the_reason_and_nothing_is_stored(string content, string name,
        string claimedType, string message)
    {
        var editor = await Editor();
        var (rowsBefore, filesBefore) = await StoredAsync();

        var refused = await UploadAsync(editor, Encoding.Latin1.GetBytes(content), name, "图", claimedType);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Browser.ParseAsync(refused);
        Assert.Contains(message, page.QuerySelector("#form-errors")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/admin/media'] input[type=file]"));
        Assert.Equal((rowsBefore, filesBefore), await StoredAsync());
    }

    [SkippableFact]
    public async Task An_upload_without_a_file_is_refused_with_the_reason()
    {
        var editor = await Editor();

        var refused = await editor.PostWithTokenAsync("/admin/media", "/admin/media", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("请选择要上传的文件", (await Browser.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
    }

    [SkippableFact]
    public async Task An_anonymous_upload_is_sent_to_the_login_page_and_nothing_is_stored()
    {
        var anonymous = site.Factory.CreatePlainClient();
        var (rowsBefore, filesBefore) = await StoredAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n")), "File", "a.pdf");

        var response = await anonymous.PostAsync("/admin/media", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
        Assert.Equal((rowsBefore, filesBefore), await StoredAsync());
    }

    [SkippableFact]
    public async Task A_reviewer_cannot_open_the_media_library()
    {
        var reviewer = await new Browser(site.Factory.CreatePlainClient(), site.Factory.Services)
            .SignInAsync("reviewer1", site.Factory.Credentials.PasswordOf("reviewer1"));

        var response = await reviewer.Client.GetAsync("/admin/media");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery);
    }

    [SkippableTheory]
    [InlineData("/media/0123456789abcdef0123456789abcdef")]
    [InlineData("/media/0123456789abcdef0123456789abcdef/320.webp")]
    [InlineData("/media/..%2F..%2Fappsettings.json")]
    [InlineData("/media/consultation.db")]
    public async Task Unknown_media_names_are_not_found(string url)
    {
        var response = await site.Factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Browser> Editor() =>
        await new Browser(site.Factory.CreatePlainClient(), site.Factory.Services).SignInAsync("editor", site.Factory.Credentials.PasswordOf("editor"));

    /// <summary>Posts the upload form as a browser does: multipart, with the antiforgery token from the page.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(Browser editor, byte[] bytes, string fileName, string? alt,
        string claimedType = "application/octet-stream")
    {
        var (_, page) = await editor.GetAsync("/admin/media");
        var token = page.QuerySelector("form[action='/admin/media'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(alt ?? ""), "AltText" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "File", fileName);
        return await editor.Client.PostAsync("/admin/media", form);
    }

    private async Task<(int Rows, int Files)> StoredAsync()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ConsultationDbContext>().MediaAssets.CountAsync();
        var root = site.Factory.MediaRoot;
        var files = Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count() : 0;
        return (rows, files);
    }

    private static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(0x9E, 0x1B, 0x1B));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static (int Width, int Height) Size(byte[] image)
    {
        using var bitmap = SKBitmap.Decode(image);
        return (bitmap.Width, bitmap.Height);
    }
}
