using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using AngleSharp.Dom;

namespace Consultation.IntegrationTests.Content;

/// <summary>The 栏目 tree at /admin/columns; run on SQLite and on PostgreSQL.</summary>
public abstract class ColumnsBehaviour(SiteFixture site)
{
    [SkippableFact]
    public async Task A_column_is_created_under_a_parent_and_moved_to_the_top()
    {
        var admin = await site.SignInAsync("admin");
        await CreateAsync(admin, "test-parent", "测试上级", null);
        var parentId = await IdOfAsync(admin, "test-parent");

        var created = await CreateAsync(admin, "test-child", "测试下级", parentId);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var child = (await TreeAsync(admin)).Single(r => r.Slug == "test-child");
        Assert.Equal(1, child.Depth);
        Assert.Equal("test-parent", child.Parent);

        var moved = await admin.PostFieldsAsync($"/admin/columns/{child.Id}", $"/admin/columns/{child.Id}/move",
            ("ParentId", ""), ("sortOrder", "1"));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var tree = await TreeAsync(admin);
        Assert.Equal("test-child", tree[0].Slug);
        Assert.Equal(0, tree[0].Depth);
    }

    [SkippableFact]
    public async Task Moving_a_column_beneath_its_own_child_is_refused_in_chinese_and_nothing_moves()
    {
        var admin = await site.SignInAsync("admin");
        await CreateAsync(admin, "cycle-top", "循环上级", null);
        var topId = await IdOfAsync(admin, "cycle-top");
        await CreateAsync(admin, "cycle-below", "循环下级", topId);
        var belowId = await IdOfAsync(admin, "cycle-below");

        foreach (var target in new[] { belowId, topId })
        {
            var response = await admin.PostFieldsAsync($"/admin/columns/{topId}", $"/admin/columns/{topId}/move",
                ("ParentId", target.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("sortOrder", "10"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("不能把栏目移到它自己的下级", (await Browser.ParseAsync(response)).Text());
        }
        var tree = await TreeAsync(admin);
        Assert.Equal(0, tree.Single(r => r.Slug == "cycle-top").Depth);
        Assert.Equal("cycle-top", tree.Single(r => r.Slug == "cycle-below").Parent);
    }

    [SkippableFact]
    public async Task A_duplicate_slug_is_refused_with_a_message_and_no_column_is_added()
    {
        var admin = await site.SignInAsync("admin");
        var before = (await TreeAsync(admin)).Count;

        var response = await CreateAsync(admin, "Policy-Documents", "重复的栏目", null);

        var page = await Browser.ParseAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("栏目标识“policy-documents”已被使用", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("重复的栏目", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal(before, (await TreeAsync(admin)).Count);
    }

    [SkippableFact]
    public async Task A_column_is_renamed()
    {
        var admin = await site.SignInAsync("admin");
        await CreateAsync(admin, "rename-me", "旧名称", null);
        var id = await IdOfAsync(admin, "rename-me");

        var response = await admin.SubmitAsync($"/admin/columns/{id}", $"/admin/columns/{id}",
            new Dictionary<string, string> { ["Name"] = "新名称", ["NameEn"] = "New name" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await site.NewBrowser().GetAsync("/columns/rename-me");
        Assert.Equal("新名称", page.QuerySelector("h1")!.TextContent);
    }

    [SkippableFact]
    public async Task A_columns_update_cycle_for_the_self_check_is_chosen_in_its_form()
    {
        var admin = await site.SignInAsync("admin");
        await admin.SubmitAsync("/admin/columns/new", "/admin/columns/new",
            new Dictionary<string, string> { ["Slug"] = "cycle-news", ["Name"] = "工作动态", ["UpdateCycle"] = "News" });
        var id = await IdOfAsync(admin, "cycle-news");
        string? Chosen(IDocument page) => page.QuerySelector("#UpdateCycle option[selected]")?.TextContent;
        Assert.Equal("动态要闻类", Chosen((await admin.GetAsync($"/admin/columns/{id}")).Page));

        await admin.SubmitAsync($"/admin/columns/{id}", $"/admin/columns/{id}",
            new Dictionary<string, string> { ["Name"] = "工作动态", ["UpdateCycle"] = "Notice" });

        Assert.Equal("通知公告、政策文件类", Chosen((await admin.GetAsync($"/admin/columns/{id}")).Page));
    }

    [SkippableFact]
    public async Task A_column_holding_articles_or_sub_columns_cannot_be_deleted_but_an_empty_leaf_can()
    {
        var admin = await site.SignInAsync("admin");
        var withArticles = await IdOfAsync(admin, "work-points");
        await CreateAsync(admin, "delete-top", "删除上级", null);
        var top = await IdOfAsync(admin, "delete-top");
        await CreateAsync(admin, "delete-leaf", "删除下级", top);
        var leaf = await IdOfAsync(admin, "delete-leaf");

        var articles = await admin.PostFieldsAsync("/admin/columns", $"/admin/columns/{withArticles}/delete");
        var children = await admin.PostFieldsAsync("/admin/columns", $"/admin/columns/{top}/delete");
        var empty = await admin.PostFieldsAsync("/admin/columns", $"/admin/columns/{leaf}/delete");

        Assert.Equal(HttpStatusCode.BadRequest, articles.StatusCode);
        Assert.Contains("该栏目下还有文章", (await Browser.ParseAsync(articles)).Text());
        Assert.Equal(HttpStatusCode.BadRequest, children.StatusCode);
        Assert.Contains("还有下级栏目", (await Browser.ParseAsync(children)).Text());
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        var slugs = (await TreeAsync(admin)).Select(r => r.Slug).ToList();
        Assert.Contains("work-points", slugs);
        Assert.Contains("delete-top", slugs);
        Assert.DoesNotContain("delete-leaf", slugs);
    }

    [SkippableFact]
    public async Task Someone_who_is_not_an_administrator_gets_403_on_the_columns_page()
    {
        var editor = await site.SignInAsync("editor");

        Assert.Equal(HttpStatusCode.Forbidden, await editor.SeenStatusAsync(await editor.Client.GetAsync("/admin/columns")));
    }

    private sealed record Row(int Id, string Slug, int Depth, string? Parent);

    private static Task<HttpResponseMessage> CreateAsync(Browser admin, string slug, string name, int? parentId) =>
        admin.PostFieldsAsync("/admin/columns/new", "/admin/columns/new", ("Slug", slug), ("Name", name), ("NameEn", ""),
            ("Description", ""), ("ParentId", parentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            ("SortOrder", ""));

    private static async Task<int> IdOfAsync(Browser admin, string slug) =>
        (await TreeAsync(admin)).Single(r => r.Slug == slug).Id;

    /// <summary>Reads the tree as shown: each row's depth, and its parent as the nearest shallower row above it.</summary>
    private static async Task<List<Row>> TreeAsync(Browser admin)
    {
        var (_, page) = await admin.GetAsync("/admin/columns");
        var rows = new List<Row>();
        foreach (var tr in page.QuerySelectorAll("#column-tree tbody tr"))
        {
            var depth = int.Parse(tr.GetAttribute("data-depth")!, System.Globalization.CultureInfo.InvariantCulture);
            var href = tr.QuerySelector("th a")!.GetAttribute("href")!;
            var parent = rows.LastOrDefault(r => r.Depth == depth - 1)?.Slug;
            rows.Add(new Row(int.Parse(href.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture),
                tr.GetAttribute("data-slug")!, depth, depth == 0 ? null : parent));
        }
        return rows;
    }
}
