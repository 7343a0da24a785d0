using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Consultation.Tests;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>
/// A cookie-keeping client that reads pages like a user: parses HTML and submits forms with their antiforgery token.
/// Given the <paramref name="site"/>'s services it can also answer the authenticator step of signing in, as the
/// person's phone would (<see cref="AuthenticatorCodes"/>).
/// </summary>
public sealed class Browser(HttpClient client, IServiceProvider? site = null)
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Client { get; } = client;

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.OpenAsync(req => req.Content(response.Content.ReadAsStream()).Address(response.RequestMessage!.RequestUri!));

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, await ParseAsync(response));
    }

    /// <summary>
    /// Finds the form posting to <paramref name="action"/> on <paramref name="pageUrl"/> (a fragment in its action, which
    /// only tells the browser where to scroll, is ignored), fills it and submits it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string action, IDictionary<string, string>? fields = null)
    {
        var (_, page) = await GetAsync(pageUrl);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form")
                       .FirstOrDefault(f => f.GetAttribute("action")?.Split('#')[0] == action)
                   ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        return await PostAsync(action, form, fields);
    }

    public async Task<HttpResponseMessage> PostAsync(string action, IHtmlFormElement form, IDictionary<string, string>? fields) =>
        await Client.PostAsync(action, new FormUrlEncodedContent(await FormValues.OfAsync(form, Client, fields)));

    /// <summary>Posts the raw fields with a valid antiforgery token taken from any form on <paramref name="pageUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string pageUrl, string action, IDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields) { [TokenField] = await TokenOnAsync(pageUrl) };
        return await Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public const string TokenField = FormValues.TokenField;

    /// <summary>
    /// The antiforgery token of the forms on <paramref name="pageUrl"/> for this visitor (its cookie kept), fetched as the
    /// page's script would when the cached page left it out; also for tests that post bodies a form could not make.
    /// </summary>
    public async Task<string> TokenOnAsync(string pageUrl)
    {
        var (_, page) = await GetAsync(pageUrl);
        var token = page.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException($"No antiforgery field on {pageUrl}.");
        return token == "" ? await FormTokenAsync() : token;
    }

    /// <summary>What <c>wwwroot/js/form-token.js</c> asks for when a visitor starts to write on a cached page.</summary>
    public Task<string> FormTokenAsync() => FormValues.FormTokenAsync(Client);

    /// <summary>
    /// Signs in like the person would: the password, then for reviewers and administrators the authenticator code,
    /// setting the authenticator up from the key on the enrolment page the first time.
    /// </summary>
    public async Task<Browser> SignInAsync(string userName, string password)
    {
        var response = await SubmitAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
        var next = response.StatusCode == HttpStatusCode.Redirect ? response.LocationPath() : "";
        if (next.StartsWith("/admin/login/enrol", StringComparison.Ordinal))
        {
            response = await EnrolAsync(next);
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"Authenticator set-up for {userName} failed with {(int)response.StatusCode}.");
            return this;
        }
        if (next.StartsWith("/admin/login/code", StringComparison.Ordinal)) response = await EnterCodeAsync(next, userName);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed with {(int)response.StatusCode}.");
        return this;
    }

    /// <summary>Types the code for the key shown on the enrolment page; the answer is the page of recovery codes.</summary>
    public async Task<HttpResponseMessage> EnrolAsync(string enrolmentUrl)
    {
        var (_, page) = await GetAsync(enrolmentUrl);
        var key = page.QuerySelector("#authenticator-key")?.TextContent
                  ?? throw new InvalidOperationException("No authenticator key on " + enrolmentUrl);
        return await SubmitAsync(enrolmentUrl, "/admin/login/enrol",
            new Dictionary<string, string> { ["Code"] = AuthenticatorCodes.Now(key) });
    }

    private async Task<HttpResponseMessage> EnterCodeAsync(string codeUrl, string userName)
    {
        if (site is null)
            throw new InvalidOperationException($"{userName} signs in with an authenticator: make the Browser with the site's services.");
        return await SubmitAsync(codeUrl, "/admin/login/code",
            new Dictionary<string, string> { ["Code"] = await AuthenticatorCodes.NowForAsync(site, userName) });
    }
}
