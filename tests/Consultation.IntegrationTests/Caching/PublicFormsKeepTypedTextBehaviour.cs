using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Consultation.Core.Subscriptions;
using Consultation.IntegrationTests.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Consultation.Tests;
using Consultation.Web.Features.Caching;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Caching;

/// <summary>
/// A public form posted without its security code (scripts off, or the token fetch failed on a cached page) comes back
/// as the same form — everything typed, the reason in the page's language, a token of the visitor's own, not cached —
/// with a 400 and nothing stored; submitting that form again stores it.
/// </summary>
public abstract class PublicFormsKeepTypedTextBehaviour(SiteFixture site)
{
    private readonly ConsultationSteps _steps = new(site);

    private const string ChineseReason = "这次没有核对成功";
    private const string EnglishReason = "this check failed";

    /// <summary>Fills the form on <paramref name="pageUrl"/> as a visitor whose token never arrived and posts it.</summary>
    private static async Task<(HttpResponseMessage Response, IDocument Page)> PostWithoutTokenAsync(Browser visitor,
        string pageUrl, string action, Dictionary<string, string> fields)
    {
        fields["captcha"] = await ProofOfWorkSolver.SolveFromAsync(visitor.Client);
        fields[Browser.TokenField] = "";
        var response = await visitor.SubmitAsync(pageUrl, action, fields);
        return (response, await Browser.ParseAsync(response));
    }

    private static IHtmlFormElement FormPostingTo(IDocument page, string action) =>
        page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.GetAttribute("action")?.Split('#')[0] == action);

    private static string? Typed(IHtmlFormElement form, string field) =>
        form.QuerySelector($"textarea[name={field}]")?.TextContent.Trim()
        ?? form.QuerySelector($"input[name={field}]")?.GetAttribute("value");

    /// <summary>The refusal every form shares: 400, the page language, the reason, a fresh token, never stored anywhere.</summary>
    private static void AssertShownAgain(HttpResponseMessage response, IDocument page, string action, string lang, string reason)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(reason, page.QuerySelector("main")!.TextContent);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var token = FormPostingTo(page, action).QuerySelector<IHtmlInputElement>($"input[name={Browser.TokenField}]")!;
        Assert.NotEqual("", token.Value);
        Assert.Null(token.GetAttribute("data-form-token"));
    }

    [SkippableFact]
    public async Task A_comment_without_its_token_is_shown_again_and_stored_on_the_second_submit()
    {
        var consultation = await _steps.PublishedAsync();
        var draft = $"/consultations/{consultation.Slug}";
        var action = $"{draft}/comments";
        var body = $"没有安全码时写下的意见 {Guid.NewGuid():N}";
        var citizen = site.NewBrowser();

        var (response, page) = await PostWithoutTokenAsync(citizen, draft, action,
            new() { ["Body"] = body, ["Name"] = "张三", ["Organisation"] = "某某中学" });

        AssertShownAgain(response, page, action, "zh-CN", ChineseReason);
        var form = FormPostingTo(page, action);
        Assert.Equal(body, Typed(form, "Body"));
        Assert.Equal("张三", Typed(form, "Name"));
        Assert.Equal("某某中学", Typed(form, "Organisation"));
        Assert.Equal(0, await _steps.Read(db => db.Comments.CountAsync(c => c.Body == body)));

        var again = await citizen.PostAsync(action, form,
            new Dictionary<string, string> { ["captcha"] = await ProofOfWorkSolver.SolveFromAsync(citizen.Client) });

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/receipt/", again.LocationPath());
        Assert.Equal(1, await _steps.Read(db => db.Comments.CountAsync(c => c.Body == body)));
    }

    [SkippableFact]
    public async Task An_english_reader_is_told_in_english()
    {
        var consultation = await _steps.PublishedAsync();
        var draft = $"/consultations/{consultation.Slug}";
        var body = $"A comment without its security code {Guid.NewGuid():N}";
        var reader = site.NewBrowser();
        await reader.Client.GetAsync($"/language/en?returnUrl={draft}");

        var (response, page) = await PostWithoutTokenAsync(reader, draft, $"{draft}/comments", new() { ["Body"] = body });

        AssertShownAgain(response, page, $"{draft}/comments", "en", EnglishReason);
        Assert.Equal(body, Typed(FormPostingTo(page, $"{draft}/comments"), "Body"));
        Assert.Equal(0, await _steps.Read(db => db.Comments.CountAsync(c => c.Body == body)));
    }

    [SkippableFact]
    public async Task A_disclosure_request_without_its_token_is_shown_again_and_not_stored()
    {
        var description = $"申请公开某校招生计划 {Guid.NewGuid():N}";
        var fields = Disclosure.DisclosureSteps.Fields(description);

        var (response, page) = await PostWithoutTokenAsync(site.NewBrowser(), "/disclosure", "/disclosure", fields);

        AssertShownAgain(response, page, "/disclosure", "zh-CN", ChineseReason);
        var form = FormPostingTo(page, "/disclosure");
        Assert.Equal(description, Typed(form, "Description"));
        Assert.Equal("李申请", Typed(form, "ApplicantName"));
        Assert.Equal(0, await _steps.Read(db => db.DisclosureRequests.CountAsync(r => r.Description == description)));
    }

    [SkippableFact]
    public async Task A_message_without_its_token_is_shown_again_and_not_stored()
    {
        var subject = $"咨询转学手续 {Guid.NewGuid():N}"[..30];
        var fields = Messages.MessageSteps.Fields(subject);

        var (response, page) = await PostWithoutTokenAsync(site.NewBrowser(), "/messages/new", "/messages/new", fields);

        AssertShownAgain(response, page, "/messages/new", "zh-CN", ChineseReason);
        var form = FormPostingTo(page, "/messages/new");
        Assert.Equal(subject, Typed(form, "Subject"));
        Assert.Equal(fields["Body"], Typed(form, "Body"));
        Assert.Equal(0, await _steps.Read(db => db.Messages.CountAsync(m => m.Subject == subject)));
    }

    [SkippableFact]
    public async Task A_subscription_without_its_token_is_shown_again_and_not_stored()
    {
        var email = Subscriptions.SubscriptionSteps.NewAddress();

        var (response, page) = await PostWithoutTokenAsync(site.NewBrowser(), "/subscribe?topic=NewConsultations", "/subscribe",
            new() { ["Email"] = email, ["Topic"] = "NewConsultations" });

        AssertShownAgain(response, page, "/subscribe", "zh-CN", ChineseReason);
        Assert.Equal(email, Typed(FormPostingTo(page, "/subscribe"), "Email"));
        Assert.Equal(0, await _steps.Read(db => db.Set<Subscription>().CountAsync(s => s.Email == email)));
    }

    [SkippableFact]
    public async Task A_sign_in_without_its_token_keeps_the_name_and_signs_nobody_in()
    {
        var visitor = site.NewBrowser();

        var (response, page) = await PostWithoutTokenAsync(visitor, "/admin/login", "/admin/login",
            new() { ["UserName"] = "admin", ["Password"] = "wrong-but-irrelevant" });

        AssertShownAgain(response, page, "/admin/login", "zh-CN", ChineseReason);
        var form = FormPostingTo(page, "/admin/login");
        Assert.Equal("admin", Typed(form, "UserName"));
        Assert.Equal("", Typed(form, "Password") ?? "");
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Client.GetAsync("/admin")).StatusCode);
    }

    /// <summary>
    /// Anonymous POSTs checked for a token that do not keep typed text: each a decision, so a new public form cannot
    /// silently lose what a citizen wrote. Their refusal is the page saying what to do.
    /// </summary>
    private static readonly string[] NothingTypedToKeep =
    [
        "/subscribe/confirm/{token}", // one button on a page opened from a mail
        "/admin/login/code", "/admin/login/enrol", // six digits from the phone, typed again in seconds
    ];

    [SkippableFact]
    public void Every_anonymous_form_keeps_what_was_typed_or_is_listed_as_having_nothing_to_keep()
    {
        var posts = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true
                        && e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                        && e.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: false }
                        && e.Metadata.OfType<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>().Any() is false)
            .ToList();

        var losing = posts.Where(e => e.Metadata.GetMetadata<PublicFormAttribute>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Order().ToList();

        Assert.Equal(NothingTypedToKeep.Order(), losing);
        Assert.Contains(posts, e => e.Metadata.GetMetadata<PublicFormAttribute>() is not null);
    }
}
