using System.Net;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Web.Features.Accessibility;

namespace Consultation.IntegrationTests.Accessibility;

/// <summary>The one 长者模式 switch, by link (no JavaScript) and as the toolbar's script asks for it.</summary>
public sealed class ElderModeSwitch(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public void The_switch_turns_on_the_recommended_set_and_off_turns_everything_off()
    {
        var on = AccessibilitySettings.Default.With("elder", 1);

        Assert.Equal(new AccessibilitySettings(AccessibilitySettings.MaxSize, true, true, false, true), on);
        Assert.Equal("a11y-size-4 a11y-contrast a11y-cursor a11y-simple a11y-elder", on.HtmlClasses);
        Assert.True(on.With("guide", 1).With("elder", 1).Guide);
        Assert.Equal(AccessibilitySettings.Default, on.With("elder", 0));
    }

    [SkippableFact]
    public async Task Without_javascript_the_switch_link_sets_the_cookie_and_returns_to_the_page()
    {
        var visitor = new Browser(site.Factory.CreatePlainClient());

        var response = await visitor.Client.GetAsync("/accessibility/elder/1?returnUrl=%2Fconsultations");
        var (_, page) = await visitor.GetAsync("/consultations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/consultations", response.Headers.Location!.OriginalString);
        Assert.Equal("a11y-size-4 a11y-contrast a11y-cursor a11y-simple a11y-elder", page.DocumentElement.ClassName);
        Assert.Equal("退出长者模式", page.QuerySelector("[data-a11y=elder]")!.TextContent);
    }

    [SkippableFact]
    public async Task The_toolbar_script_gets_only_the_choices_with_the_classes_to_apply()
    {
        var visitor = new Browser(site.Factory.CreatePlainClient());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/accessibility/contrast/1?returnUrl=%2Fconsultations");
        request.Headers.Add(AccessibilityController.PartialHeader, "1");

        var response = await visitor.Client.SendAsync(request);
        var choices = await Browser.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(choices.QuerySelector("main"));
        var box = choices.QuerySelector("[data-a11y-choices]")!;
        Assert.Equal("a11y-contrast a11y-elder", box.GetAttribute("data-html-class"));
        Assert.StartsWith("/accessibility/contrast/0?returnUrl=%2Fconsultations", box.QuerySelector("[data-a11y=contrast]")!.GetAttribute("href"));
        Assert.Contains("a11y=", string.Join(";", response.Headers.GetValues("Set-Cookie")));
    }
}
