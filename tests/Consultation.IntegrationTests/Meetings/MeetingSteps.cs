using System.Globalization;
using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Consultation.IntegrationTests.Meetings;

/// <summary>
/// The site on a clock the test controls, and the back-office steps of a meeting: create it, add invitees, pass a
/// publication through 三审. Everything goes through the real forms.
/// </summary>
internal sealed class MeetingSteps(SiteFixture site)
{
    private readonly WebApplicationFactory<Program> _site = site.Factory.WithWebHostBuilder(b =>
        b.ConfigureServices(s => s.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(new MovableClock())));

    private MovableClock Clock => (MovableClock)_site.Services.GetRequiredService<TimeProvider>();

    /// <summary>The meeting is three days away; <see cref="MeetingHasTakenPlace"/> jumps past it.</summary>
    public DateTimeOffset HeldAt { get; } = DateTimeOffset.UtcNow.AddDays(3);

    public void MeetingHasTakenPlace() => Clock.Now = HeldAt.AddDays(1);

    public Browser NewBrowser() =>
        new(_site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), _site.Services);

    public Task<Browser> SignInAsync(string userName) =>
        NewBrowser().SignInAsync(userName, site.Factory.Credentials.PasswordOf(userName));

    /// <summary>Creates a 厅长办公会 on the policy-interpretation decision; returns its back-office address.</summary>
    public async Task<string> CreateAsync(Browser editor, string title)
    {
        var (_, form) = await editor.GetAsync("/admin/meetings");
        var decision = form.QuerySelectorAll("#m-decision option")
            .First(o => o.TextContent.Contains("政策解读", StringComparison.Ordinal)).GetAttribute("value")!;
        var local = HeldAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var created = await editor.PostFieldsAsync("/admin/meetings", "/admin/meetings",
            ("Kind", "DirectorsMeeting"), ("Title", title), ("DecisionId", decision), ("HeldAt", local),
            ("Place", "省教育厅第二会议室"), ("InvitedKinds", "CitizenRepresentative"), ("InvitedKinds", "Expert"),
            ("InvitedKinds", "Media"), ("HowToApply", "请在会前两日到办公室报名。"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    public async Task AddInviteeAsync(Browser editor, string page, string kind, string name, string? label,
        string organisation, string contact)
    {
        var added = await editor.SubmitAsync(page, $"{page}/invitees", new Dictionary<string, string>
        {
            ["kind"] = kind, ["name"] = name, ["label"] = label ?? "", ["organisation"] = organisation, ["contact"] = contact,
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    /// <summary>Marks the invitee whose row shows <paramref name="name"/>.</summary>
    public async Task MarkAsync(Browser editor, string page, string name, string attendance)
    {
        var (_, admin) = await editor.GetAsync(page);
        var row = admin.QuerySelectorAll("#invitees tbody tr").First(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        var action = row.QuerySelector("form")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page, action,
            new Dictionary<string, string> { ["attendance"] = attendance })).StatusCode);
    }

    /// <summary>Records an opinion of the invitee named <paramref name="name"/> and its handling.</summary>
    public async Task OpinionAsync(Browser editor, string page, string name, string text, string outcome, string handling)
    {
        var (_, admin) = await editor.GetAsync(page);
        var invitee = admin.QuerySelectorAll("#o-invitee option")
            .First(o => o.TextContent.Contains(name, StringComparison.Ordinal)).GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page, $"{page}/opinions",
            new Dictionary<string, string> { ["inviteeId"] = invitee, ["text"] = text })).StatusCode);
        var (_, after) = await editor.GetAsync(page);
        var action = after.QuerySelectorAll(".opinion-group")
            .Last(g => g.TextContent.Contains(text, StringComparison.Ordinal)).QuerySelector("form")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page, action,
            new Dictionary<string, string> { ["outcome"] = outcome, ["text"] = handling })).StatusCode);
    }

    /// <summary>
    /// Submits the item on <paramref name="page"/> (for a meeting, its invitation or record <paramref name="publication"/>)
    /// and has 初审, 复审 and 终审 pass it.
    /// </summary>
    public async Task PassReviewAsync(Browser editor, string page, string? publication)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync(page, ReviewUrl.For(page, "submit", publication))).StatusCode);
        foreach (var reviewer in new[] { "reviewer1", "reviewer2", "reviewer3" })
        {
            var browser = await SignInAsync(reviewer);
            var approved = await browser.SubmitAsync(page, ReviewUrl.For(page, "approve", publication));
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }
    }
}
