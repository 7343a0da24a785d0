using System.Net;
using Consultation.Infrastructure.Database;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>Steps the administration tests share: signing in as a seeded role, posting forms with repeated fields.</summary>
internal static class AdminSteps
{
    public static Browser NewBrowser(this SiteFixture site) => new(site.Factory.CreatePlainClient(), site.Factory.Services);

    public static Task<Browser> SignInAsync(this SiteFixture site, string userName) =>
        site.NewBrowser().SignInAsync(userName, site.Factory.Credentials.PasswordOf(userName));

    /// <summary>Like <see cref="Browser.PostWithTokenAsync"/>, but a name may repeat (one value per checked box).</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this Browser browser, string pageUrl, string action,
        params (string Name, string Value)[] fields)
    {
        var token = await browser.TokenOnAsync(pageUrl);
        var values = fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create(Browser.TokenField, token));
        return await browser.Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The editor submits the item on its back-office page and the three seeded reviewers each approve it.</summary>
    public static async Task PassReviewAsync(this SiteFixture site, Browser editor, string page, string? publication = null)
    {
        Assert.Equal(HttpStatusCode.Redirect,
            (await editor.PostFieldsAsync(page, ReviewUrl.For(page, "submit", publication))).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
            Assert.Equal(HttpStatusCode.Redirect,
                (await (await site.SignInAsync(reviewer)).PostFieldsAsync(page, ReviewUrl.For(page, "approve", publication))).StatusCode);
    }

    /// <summary>Creates an account through /admin/users/new and returns the password shown once on the result page.</summary>
    public static async Task<string> CreateUserAsync(this Browser admin, string userName, params string[] roles)
    {
        var fields = new List<(string, string)> { ("UserName", userName), ("DisplayName", "测试 " + userName) };
        fields.AddRange(roles.Select(r => ("Roles", r)));
        var response = await admin.PostFieldsAsync("/admin/users/new", "/admin/users/new", [.. fields]);
        var page = await Browser.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("#issued-password")?.TextContent
               ?? throw new InvalidOperationException("No password shown after creating " + userName);
    }

    /// <summary>The status the person ends up seeing: a forbidden request is redirected to the 403 page, which is followed.</summary>
    public static async Task<HttpStatusCode> SeenStatusAsync(this Browser browser, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect) return response.StatusCode;
        var location = response.LocationPath();
        if (!location.StartsWith("/admin/denied", StringComparison.Ordinal)) return response.StatusCode;
        return (await browser.Client.GetAsync(location)).StatusCode;
    }

    /// <summary>Where a redirect points, as a site path ("/admin/login?…") whether the header was absolute or not; "" if none.</summary>
    public static string LocationPath(this HttpResponseMessage response) => response.Headers.Location switch
    {
        null => "",
        { IsAbsoluteUri: true } target => target.PathAndQuery,
        var target => target.OriginalString,
    };

    public static async Task<string> UserIdAsync(this SiteFixture site, string userName)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return (await db.Users.SingleAsync(u => u.UserName == userName)).Id;
    }

    public static async Task<List<string>> RolesOfAsync(this SiteFixture site, string userName)
    {
        using var scope = site.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where u.UserName == userName
                      orderby r.Name
                      select r.Name!).ToListAsync();
    }

    public static string Text(this IDocument page) => page.QuerySelector("main")?.TextContent ?? page.DocumentElement.TextContent;
}
