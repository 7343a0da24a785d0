using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;

namespace Consultation.IntegrationTests.Messages;

/// <summary>A citizen writing through /messages/new, and the office handing on, answering and reviewing the answer.</summary>
internal static class MessageSteps
{
    public static Dictionary<string, string> Fields(string subject, bool consent = true, string name = "刘留言",
        string contact = "13611112222") => new()
    {
        ["Box"] = "Enquiry", ["Subject"] = subject, ["Body"] = $"{subject}：请问具体怎么办理？", ["Name"] = name,
        ["Contact"] = contact, ["ConsentToPublish"] = consent ? "true" : "false",
    };

    public static async Task<HttpResponseMessage> SendAsync(Browser citizen, Dictionary<string, string> fields)
    {
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client);
        return await citizen.SubmitAsync("/messages/new", "/messages/new", fields);
    }

    /// <summary>Sends a message and returns its status page address.</summary>
    public static async Task<string> SentAsync(Browser citizen, Dictionary<string, string> fields)
    {
        var response = await SendAsync(citizen, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('?')[0];
    }

    /// <summary>The message's back-office page, found in the queue by its subject.</summary>
    public static async Task<string> AdminPageAsync(Browser editor, string subject)
    {
        var (_, queue) = await editor.GetAsync("/admin/messages");
        return queue.QuerySelectorAll(".messages-table a").First(a => a.TextContent == subject).GetAttribute("href")!;
    }

    /// <summary>Hands the message on, drafts the answer, and passes it through 初审, 复审 and 终审.</summary>
    public static async Task AnswerAsync(SiteFixture site, string page, string answer, bool publish, string? publicQuestion = null)
    {
        var editor = await site.SignInAsync("editor");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync(page, page + "/assign",
            new Dictionary<string, string> { ["office"] = "基础教育处" })).StatusCode);
        var drafted = await editor.PostWithTokenAsync(page, page + "/answer", new Dictionary<string, string>
        {
            ["answer"] = answer, ["publish"] = publish ? "true" : "false", ["publicQuestion"] = publicQuestion ?? "",
        });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit"))).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
            Assert.Equal(HttpStatusCode.Redirect,
                (await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve"))).StatusCode);
    }
}
