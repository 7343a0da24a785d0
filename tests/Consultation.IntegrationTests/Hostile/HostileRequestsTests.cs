using System.Net;
using System.Net.Http.Headers;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.IntegrationTests.Messages;
using Consultation.Tests;

namespace Consultation.IntegrationTests.Hostile;

/// <summary>
/// The corpus cases that are whole requests rather than field values: oversized bodies, redirect targets, forged
/// hosts, replayed captcha answers, missing or foreign antiforgery tokens.
/// </summary>
public sealed class HostileRequestsTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    public static TheoryData<string> Bodies() => [.. HostileCase.In("body").Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task An_oversized_body_is_refused_with_a_4xx_before_the_server_reads_it_all(string id)
    {
        var hostile = HostileCase.All.Single(c => c.Id == id);
        var size = long.Parse(hostile.Note!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var path = hostile.Targets.Split(' ')[1].TrimEnd(':').Replace("{slug}", "public-participation-rules", StringComparison.Ordinal);
        var visitor = path.StartsWith("/admin/media", StringComparison.Ordinal) ? await site.SignInAsync("admin") : site.NewBrowser();
        var token = await visitor.TokenOnAsync(path.StartsWith("/admin", StringComparison.Ordinal) ? path : HostileSweep.TokenPage);
        var body = new GeneratedBody(size);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.Add("RequestVerificationToken", token);
        var status = (int)(await visitor.Client.SendAsync(request)).StatusCode;

        Assert.InRange(status, 400, 499);
        if (size > 50_000_000) Assert.True(body.Sent < size / 2, $"The server read {body.Sent:N0} of {size:N0} bytes before refusing.");
    }

    public static TheoryData<string> RedirectTargets() => [.. HostileCase.In("redirect").Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(RedirectTargets))]
    public async Task No_return_address_takes_the_reader_off_the_site(string id)
    {
        var target = HostileCase.All.Single(c => c.Id == id).Text;
        var client = site.NewBrowser().Client;

        foreach (var url in new[] { "/language/en?returnUrl=", "/accessibility/reset?returnUrl=", "/accessibility/elder/1?returnUrl=" })
        {
            var response = await client.GetAsync(url + Uri.EscapeDataString(target));
            Assert.True((int)response.StatusCode < 500, $"{url}{target}: {(int)response.StatusCode}");
            if (response.Headers.Location is { } location) Assert.False(SweepTally.LeavesSite(location), $"{url}{target} → {location}");
        }
        var signIn = await site.NewBrowser().SubmitAsync("/admin/login", "/admin/login", new Dictionary<string, string>
        {
            ["UserName"] = "auditor", ["Password"] = site.Factory.Credentials.PasswordOf("auditor"), ["ReturnUrl"] = target,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.False(SweepTally.LeavesSite(signIn.Headers.Location!), $"sign-in → {signIn.Headers.Location}");
    }

    public static TheoryData<string> Hosts() => [.. HostileCase.In("host").Where(c => !c.Value!.Contains('\r')).Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_forged_host_header_gets_no_server_error(string id)
    {
        var client = site.NewBrowser().Client;
        foreach (var path in new[] { "/", "/feeds/consultations/new.xml", "/admin", "/consultations" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Host", HostileCase.All.Single(c => c.Id == id).Value);
            Assert.InRange((int)(await client.SendAsync(request)).StatusCode, 200, 499);
        }
    }

    [Fact]
    public async Task A_captcha_answer_posted_twice_is_refused_the_second_time_in_chinese()
    {
        var citizen = site.NewBrowser();
        var fields = MessageSteps.Fields("校车接送时间");
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client);
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.SubmitAsync("/messages/new", "/messages/new", fields)).StatusCode);

        var replay = new Dictionary<string, string>(fields) { ["Subject"] = "另一个问题" };
        var response = await citizen.SubmitAsync("/messages/new", "/messages/new", replay);
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("验证", page.Text());
    }

    [Fact]
    public async Task A_post_without_a_token_or_with_another_visitors_token_is_refused_with_the_form_again_in_chinese()
    {
        var other = await site.NewBrowser().TokenOnAsync(HostileSweep.TokenPage);
        var visitor = site.NewBrowser();
        await visitor.GetAsync(HostileSweep.TokenPage);

        foreach (var token in new[] { null, other, "CfDJ8garbled" })
        {
            var fields = MessageSteps.Fields("作业量");
            if (token is not null) fields["__RequestVerificationToken"] = token;
            var response = await visitor.Client.PostAsync("/messages/new", new FormUrlEncodedContent(fields));
            var page = await Browser.ParseAsync(response);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
            // The same form again, everything typed kept and the reason above it; a token of this visitor's own.
            Assert.Contains("这次没有核对成功", page.QuerySelector("main")!.TextContent);
            Assert.Equal("作业量", page.QuerySelector("input[name=Subject]")!.GetAttribute("value"));
        }
    }
}
