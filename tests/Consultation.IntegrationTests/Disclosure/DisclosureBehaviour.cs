using System.Net;
using Consultation.Core.Disclosure;
using Consultation.IntegrationTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Consultation.IntegrationTests.Disclosure.DisclosureSteps;

namespace Consultation.IntegrationTests.Disclosure;

/// <summary>依申请公开 from the citizen's form to the office's reply and the annual tables; run on SQLite and PostgreSQL.</summary>
public abstract class DisclosureBehaviour(SiteFixture site)
{
    private Browser Citizen() => site.NewBrowser();

    private static string Unique(string text) => text + "（" + Guid.NewGuid().ToString("N")[..8] + "）";

    [SkippableFact]
    public async Task A_citizen_files_a_request_and_the_status_page_shows_its_clock_but_no_name_or_contact()
    {
        var description = Unique("2025年全省高校招生章程备案情况");
        var citizen = Citizen();

        var response = await FileAsync(citizen, Fields(description, name: "甄申请人", phone: "13987654321", email: "zhen@example.cn"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (statusResponse, page) = await citizen.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, statusResponse.StatusCode);
        Assert.Equal(10, page.QuerySelector("#receipt-code")!.TextContent.Length);
        Assert.Equal("办理中", page.QuerySelector("#disclosure-status")!.TextContent);
        Assert.Equal(description, page.QuerySelector("#request-description")!.TextContent);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", page.QuerySelector("#received-on")!.TextContent);
        Assert.Matches(@"^剩余 \d+ 个工作日$", page.QuerySelector("#working-days-left")!.TextContent);
        var text = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("甄申请人", text);
        Assert.DoesNotContain("13987654321", text);
        Assert.DoesNotContain("zhen@example.cn", text);
        Assert.Equal("no-store", statusResponse.Headers.CacheControl?.ToString());
    }

    [SkippableFact]
    public async Task A_retry_of_the_same_form_stores_one_request_with_one_receipt()
    {
        var description = Unique("重复提交测试");
        var citizen = Citizen();
        var (_, page) = await citizen.GetAsync("/disclosure");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action='/disclosure']")!;
        var fields = Fields(description);
        fields["captcha"] = await Consultation.Tests.ProofOfWorkSolver.SolveFromAsync(citizen.Client);

        var first = await citizen.PostAsync("/disclosure", form, fields);
        var retry = await citizen.PostAsync("/disclosure", form, fields);

        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        await IdOfAsync(site.Factory.Services, description); // exactly one, or Single throws
    }

    [SkippableFact]
    public async Task A_request_without_any_contact_is_refused_with_a_message_and_what_was_typed_is_kept()
    {
        var description = Unique("没有联系方式的申请");
        var fields = Fields(description);
        fields["Phone"] = fields["Email"] = "";

        var response = await FileAsync(Citizen(), fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("请至少填写一种联系方式", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(description, page.QuerySelector("#Description")!.TextContent);
        Assert.Equal("李申请", page.QuerySelector("#ApplicantName")!.GetAttribute("value"));
    }

    [SkippableTheory]
    [InlineData(ReplyType.Disclosed, null, "第三十六条第（二）项")]
    [InlineData(ReplyType.PartlyDisclosed, null, "第三十七条")]
    [InlineData(ReplyType.Withheld, ReplyGround.ThirdPartyRights, "第三十六条第（三）项")]
    [InlineData(ReplyType.Unavailable, ReplyGround.NotHeld, "第三十六条第（四）项")]
    [InlineData(ReplyType.NotProcessed, ReplyGround.Repeated, "第三十六条第（六）项")]
    [InlineData(ReplyType.Informed, ReplyGround.OtherAgency, "第三十六条第（一）（五）（七）项")]
    public async Task Each_reply_type_shows_its_legal_basis_on_the_status_page(ReplyType type, ReplyGround? ground,
        string basis)
    {
        var description = Unique($"答复类型测试 {type}");
        var status = await ReceivedAsync(site.Factory.Services, description);
        var editor = await site.SignInAsync("editor");

        var replied = await ReplyAsync(editor, await IdOfAsync(site.Factory.Services, description), type, ground);

        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var (_, page) = await Citizen().GetAsync(status);
        Assert.Equal("已答复", page.QuerySelector("#disclosure-status")!.TextContent);
        Assert.Contains(basis, page.QuerySelector("#reply-basis")!.TextContent);
        Assert.StartsWith("《中华人民共和国政府信息公开条例》", page.QuerySelector("#reply-basis")!.TextContent);
        if (ground is not null) Assert.StartsWith("《中华人民共和国政府信息公开条例》第", page.QuerySelector("#reply-ground-basis")!.TextContent);
        Assert.Equal("不收费", page.QuerySelector("#reply-fee")!.TextContent);
    }

    [SkippableFact]
    public async Task A_correction_notice_shows_its_basis_and_stops_the_clock_on_the_status_page()
    {
        var description = Unique("有关文件");
        var status = await ReceivedAsync(site.Factory.Services, description);
        var editor = await site.SignInAsync("editor");
        var id = await IdOfAsync(site.Factory.Services, description);

        await editor.PostWithTokenAsync($"/admin/disclosure/{id}", $"/admin/disclosure/{id}/correction",
            new Dictionary<string, string> { ["items"] = "请写明文件名称或文号。" });

        var (_, page) = await Citizen().GetAsync(status);
        Assert.Equal("待补正", page.QuerySelector("#disclosure-status")!.TextContent);
        Assert.Contains("第三十条", page.QuerySelector("#correction-basis")!.TextContent);
        Assert.Equal("请写明文件名称或文号。", page.QuerySelector("#correction-items")!.TextContent);
        Assert.Equal("等待补正，暂停计算", page.QuerySelector("#due-on")!.TextContent);
    }

    [SkippableFact]
    public async Task A_second_extension_is_refused_with_its_reason_and_changes_nothing()
    {
        var description = Unique("延长测试");
        await ReceivedAsync(site.Factory.Services, description);
        var editor = await site.SignInAsync("editor");
        var id = await IdOfAsync(site.Factory.Services, description);
        Task<HttpResponseMessage> Extend(string days) => editor.PostWithTokenAsync($"/admin/disclosure/{id}",
            $"/admin/disclosure/{id}/extend", new Dictionary<string, string> { ["workingDays"] = days, ["reason"] = "需区分处理" });

        Assert.Equal(HttpStatusCode.Redirect, (await Extend("10")).StatusCode);
        var refused = await Extend("5");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("答复期限只能延长一次", (await Browser.ParseAsync(refused)).Text());
        var (_, page) = await editor.GetAsync($"/admin/disclosure/{id}");
        Assert.Contains("延长答复期限 10 个工作日", page.QuerySelector("#extension")!.TextContent);
    }

    [SkippableFact]
    public async Task The_annual_tables_add_up_and_the_workbook_carries_the_same_figures()
    {
        var editor = await site.SignInAsync("editor");
        for (var i = 0; i < 3; i++)
        {
            var description = Unique($"年报统计 {i}");
            await ReceivedAsync(site.Factory.Services, description);
            if (i < 2) await ReplyAsync(editor, await IdOfAsync(site.Factory.Services, description), ReplyType.Withheld, ReplyGround.StateSecret);
        }
        var year = DateTime.UtcNow.AddHours(8).Year;

        var (_, page) = await editor.GetAsync($"/admin/disclosure/annual/{year}");
        int Total(string label) => int.Parse(page.QuerySelectorAll("#annual-table-0 tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == label).QuerySelectorAll("td").Last().TextContent);
        Assert.Equal(Total("一、本年新收政府信息公开申请数量") + Total("二、上年结转政府信息公开申请数量"),
            Total("（七）总计") + Total("四、结转下年度继续办理"));
        Assert.True(Total("1.属于国家秘密") >= 2);

        var workbook = await editor.Client.GetAsync($"/admin/disclosure/annual/{year}.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.GetFirstChild<SheetData>()!).First()
            .Elements<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        var totalRow = rows.Single(r => r[0].Trim('　') == "（七）总计");
        Assert.Equal(Total("（七）总计").ToString(), totalRow[^1]);
    }

    [SkippableFact]
    public async Task The_reconsideration_and_litigation_figures_are_entered_by_hand_and_summed()
    {
        var editor = await site.SignInAsync("editor");
        var year = DateTime.UtcNow.AddHours(8).Year - 1;
        var counts = new[] { 1, 2, 0, 1, 0, 1, 0, 0, 3, 0, 0, 0 }.Select(c => ("counts", c.ToString())).ToArray();

        var saved = await editor.PostFieldsAsync($"/admin/disclosure/annual/{year}", $"/admin/disclosure/annual/{year}/appeals", counts);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, page) = await editor.GetAsync($"/admin/disclosure/annual/{year}");
        var review = page.QuerySelectorAll("#annual-table-1 tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal(["1", "2", "0", "1", "4"], review[0]);
        Assert.Equal(["3", "0", "0", "0", "3"], review[2]);
    }
}
