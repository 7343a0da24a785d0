using System.Net;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Hosting;

public sealed class StorageAndErrorTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task The_SQLite_database_runs_in_WAL_mode()
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_error_page_is_friendly_and_names_nothing_about_the_server()
    {
        var response = await site.Factory.CreatePlainClient().GetAsync("/error/500");
        var page = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("系统暂时无法处理您的请求", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Exception", page.DocumentElement.OuterHtml);
        Assert.Null(response.Headers.Server.FirstOrDefault());
    }

    [Fact]
    public async Task A_rollback_over_HTTP_writes_a_new_version_with_the_old_content()
    {
        var editor = await new Browser(site.Factory.CreatePlainClient())
            .SignInAsync("editor", site.Factory.Credentials.PasswordOf("editor"));
        var (_, history) = await editor.GetAsync("/admin/articles/3/history");
        Assert.Single(history.QuerySelectorAll("tbody tr"));
        await editor.SubmitAsync("/admin/articles/3/edit", "/admin/articles/3/edit",
            new Dictionary<string, string> { ["Title"] = "改错的标题" });

        var rolledBack = await editor.SubmitAsync("/admin/articles/3/history", "/admin/articles/3/rollback/1");

        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);
        var (_, after) = await editor.GetAsync("/admin/articles/3/history");
        var titles = after.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent).ToList();
        Assert.Equal(3, titles.Count);
        Assert.Equal("改错的标题", titles[1]);
        Assert.Equal(titles[2], titles[0]);
    }
}
