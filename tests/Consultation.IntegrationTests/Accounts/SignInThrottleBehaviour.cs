using System.Net;
using Consultation.Core.Accounts;
using Consultation.Infrastructure.Accounts;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Accounts;

/// <summary>
/// Sign-in posts are counted per address (here: three per window). Whoever guesses is stopped before the account is
/// locked, so locking someone out from outside costs the attacker the same wait.
/// </summary>
public abstract class SignInThrottleBehaviour(SiteFixture site)
{
    public static Dictionary<string, string> Settings => new()
    {
        ["Identity:SignInRateLimit:PermitLimit"] = "3",
        ["Identity:SignInRateLimit:WindowMinutes"] = "5",
    };

    [SkippableFact]
    public async Task Beyond_the_limit_sign_in_posts_get_429_in_the_page_language_and_do_not_count_towards_the_lockout()
    {
        var guesser = site.NewBrowser();
        Task<HttpResponseMessage> Guess(string password) => guesser.SubmitAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = "editor", ["Password"] = password });

        var allowed = new[] { await Guess("Wrong-1"), await Guess("Wrong-2"), await Guess("Wrong-3") };
        var stopped = new List<HttpResponseMessage>();
        for (var i = 4; i <= 8; i++) stopped.Add(await Guess("Wrong-" + i));
        await guesser.Client.GetAsync("/language/en");
        var english = await Guess(site.Factory.Credentials.PasswordOf("editor"));

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.All(stopped, r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        Assert.Equal("登录尝试过于频繁，请稍后再试。", await stopped[0].Content.ReadAsStringAsync());
        Assert.True(stopped[0].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("Too many sign-in attempts from this connection. Please try again later.", await english.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await guesser.Client.GetAsync("/admin/login")).StatusCode); // the page itself is not limited
        Assert.Equal(3, await FailedAttemptsAsync("editor")); // eight wrong passwords sent, three reached the account: not locked
    }

    private async Task<int> FailedAttemptsAsync(string userName)
    {
        using var scope = site.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackOfficeUser>>();
        var user = await users.FindByNameAsync(userName);
        Assert.False(await users.IsLockedOutAsync(user!));
        return await users.GetAccessFailedCountAsync(user!);
    }
}
