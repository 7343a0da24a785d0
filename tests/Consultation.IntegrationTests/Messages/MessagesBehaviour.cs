using System.Net;
using Consultation.Infrastructure.Comments;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Consultation.IntegrationTests.Search;
using static Consultation.IntegrationTests.Messages.MessageSteps;

namespace Consultation.IntegrationTests.Messages;

/// <summary>咨询留言 from the form to a reviewed answer and the public list; run on SQLite and PostgreSQL.</summary>
public abstract class MessagesBehaviour(SiteFixture site)
{
    private static string Unique(string text) => text + "（" + Guid.NewGuid().ToString("N")[..8] + "）";

    [SkippableFact]
    public async Task An_answer_passes_three_reviews_then_reaches_the_asker_and_the_public_list_without_name_or_contact()
    {
        var subject = Unique("幼儿园入园年龄怎么算");
        var citizen = site.NewBrowser();
        var status = await SentAsync(citizen, Fields(subject, name: "柳提问", contact: "13655556666"));
        var (_, received) = await citizen.GetAsync(status);
        Assert.Equal("办理中", received.QuerySelector("#message-status")!.TextContent);
        Assert.NotNull(received.QuerySelector("#reply-due-on"));

        var editor = await site.SignInAsync("editor");
        var page = await AdminPageAsync(editor, subject);
        await AnswerAsync(site, page, "以当年8月31日前满3周岁为准。", publish: true, publicQuestion: "请问幼儿园入园年龄怎么算？");

        var (_, answered) = await citizen.GetAsync(status);
        Assert.Equal("已答复", answered.QuerySelector("#message-status")!.TextContent);
        Assert.Equal("以当年8月31日前满3周岁为准。", answered.QuerySelector("#message-answer")!.TextContent);
        var (_, list) = await site.NewBrowser().GetAsync("/messages");
        var link = list.QuerySelectorAll("#published-messages a").Single(a => a.TextContent == subject).GetAttribute("href")!;
        var (_, shown) = await site.NewBrowser().GetAsync(link);
        Assert.Equal("请问幼儿园入园年龄怎么算？", shown.QuerySelector("#message-question")!.TextContent);
        Assert.Equal("基础教育处", shown.QuerySelector("#message-office")!.TextContent);
        Assert.DoesNotContain("柳提问", shown.DocumentElement.OuterHtml);
        Assert.DoesNotContain("13655556666", shown.DocumentElement.OuterHtml);
    }

    [SkippableFact]
    public async Task A_published_answer_is_searchable_by_what_was_published_and_the_askers_own_words_and_number_stay_out()
    {
        var asked = SearchSteps.Marker();
        var published = SearchSteps.Marker();
        var subject = Unique($"留言回电13712345678 {asked}");
        var fields = Fields(subject, name: "柳搜索", contact: "13688889999");
        fields["Body"] = $"我想问{asked}的办理时间。";
        await SentAsync(site.NewBrowser(), fields);
        var editor = await site.SignInAsync("editor");
        Assert.Empty(await site.TitlesFoundAsync(asked));

        await AnswerAsync(site, await AdminPageAsync(editor, subject), $"{published}：工作日受理。", publish: true,
            publicQuestion: "请问办理时间？");

        var page = await site.SearchAsync("q=" + published + "&type=message");
        var hit = page.QuerySelector("#search-hits .search-hit")!;
        var title = hit.QuerySelector(".search-hit-title a")!;
        Assert.Contains("137******78", title.TextContent);
        Assert.DoesNotContain("13712345678", page.DocumentElement.OuterHtml);
        var (_, shown) = await site.NewBrowser().GetAsync(title.GetAttribute("href")!);
        Assert.Contains("137******78", shown.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("13712345678", shown.DocumentElement.OuterHtml);
        // The asker's own body is never public: only the question as the office published it.
        Assert.DoesNotContain($"我想问{asked}", (await site.SearchAsync("q=" + asked)).DocumentElement.OuterHtml);
    }

    [SkippableFact]
    public async Task Without_the_askers_consent_an_answer_is_not_published()
    {
        var subject = Unique("不公开的留言");
        await SentAsync(site.NewBrowser(), Fields(subject, consent: false));
        var editor = await site.SignInAsync("editor");
        var page = await AdminPageAsync(editor, subject);
        await editor.PostWithTokenAsync(page, page + "/assign", new Dictionary<string, string> { ["office"] = "办公室" });

        var refused = await editor.PostWithTokenAsync(page, page + "/answer",
            new Dictionary<string, string> { ["answer"] = "答复。", ["publish"] = "true", ["publicQuestion"] = "问题" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("留言人未同意公开", (await Browser.ParseAsync(refused)).Text());
    }

    [SkippableFact]
    public async Task A_message_with_a_sensitive_word_waits_as_held_until_an_editor_accepts_it()
    {
        using (var scope = site.Factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SensitiveWords>().AddAsync("留言敏感词", default);
        var subject = Unique("含有留言敏感词的问题");
        var status = await SentAsync(site.NewBrowser(), Fields(subject));

        Assert.Equal("待核实", (await site.NewBrowser().GetAsync(status)).Page.QuerySelector("#message-status")!.TextContent);
        var editor = await site.SignInAsync("editor");
        var page = await AdminPageAsync(editor, subject);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostWithTokenAsync(page, page + "/accept", new Dictionary<string, string>())).StatusCode);
        Assert.Equal("办理中", (await site.NewBrowser().GetAsync(status)).Page.QuerySelector("#message-status")!.TextContent);
    }

    [SkippableFact]
    public async Task An_empty_message_is_refused_with_a_message_and_the_subject_is_kept()
    {
        var fields = Fields("只有标题");
        fields["Body"] = "";

        var response = await SendAsync(site.NewBrowser(), fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("请填写留言内容", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("只有标题", page.QuerySelector("#Subject")!.GetAttribute("value"));
    }
}
