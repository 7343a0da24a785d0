using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Consultation.IntegrationTests.Hostile;
using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Hosting;

/// <summary>
/// The site-wide refusals of <c>RequestGuard</c>, found by the hostile-input sweep: each once gave a 500 (PostgreSQL
/// refusing NUL, a body the in-memory host read whole, a Host no URI could be built from); now a 4xx page in the
/// reader's language.
/// </summary>
public sealed class RequestGuardTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("/consultations/public-participation-rules?clause=%00")]
    [InlineData("/consultations?q=a%00b")]
    public async Task A_NUL_character_in_the_query_is_refused_with_a_400_that_names_it(string url)
    {
        var response = await site.NewBrowser().Client.GetAsync(url);
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("控制字符", page.Text());
    }

    [Fact]
    public async Task A_NUL_character_in_the_query_is_explained_in_english_to_an_english_reader()
    {
        var reader = site.NewBrowser();
        await reader.Client.GetAsync("/language/en?returnUrl=%2F");
        var response = await reader.Client.GetAsync("/consultations?q=%00");
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("control character", page.Text());
    }

    [Theory]
    [InlineData("evil.example, localhost")]
    [InlineData("a/b")]
    public async Task A_host_header_that_is_no_host_name_is_refused_with_a_400(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/consultations/new.xml");
        request.Headers.TryAddWithoutValidation("Host", host);

        var response = await site.NewBrowser().Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Host", (await Browser.ParseAsync(response)).Text());
    }

    [Fact]
    public async Task A_host_header_of_300_characters_is_refused_with_a_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Host", new string('a', 60) + "." + new string('b', 60) + "." +
            new string('c', 60) + "." + new string('d', 60) + "." + new string('e', 56) + ".cn");

        Assert.Equal(HttpStatusCode.BadRequest, (await site.NewBrowser().Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task An_ordinary_host_with_a_port_is_served()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Host", "gkzj.edu.shandong.gov.cn:8443");

        Assert.Equal(HttpStatusCode.OK, (await site.NewBrowser().Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_message_body_over_its_limit_is_refused_with_a_413_page_in_chinese_before_it_is_read()
    {
        var visitor = site.NewBrowser();
        var token = await visitor.TokenOnAsync("/messages/new");
        var body = new GeneratedBody(2 * 1024 * 1024);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/messages/new") { Content = body };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await visitor.Client.SendAsync(request);
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("提交的内容过大", page.QuerySelector("h1")!.TextContent);
        Assert.True(body.Sent < 1024 * 1024, $"The server read {body.Sent:N0} bytes before refusing.");
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_cut_off_once_it_passes_the_limit()
    {
        var visitor = site.NewBrowser();
        var token = await visitor.TokenOnAsync("/messages/new");
        var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("Subject=" + new string('a', 300 * 1024))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/messages/new") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("RequestVerificationToken", token);

        var status = (int)(await visitor.Client.SendAsync(request)).StatusCode;

        Assert.True(status is 400 or 413, $"status {status}");
    }
}
