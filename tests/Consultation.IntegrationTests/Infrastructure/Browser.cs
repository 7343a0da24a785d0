using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>A cookie-keeping client that reads pages like a user: parses HTML and submits forms with their antiforgery token.</summary>
public sealed class Browser(HttpClient client)
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

    public async Task<HttpResponseMessage> PostAsync(string action, IHtmlFormElement form, IDictionary<string, string>? fields)
    {
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Name is { Length: > 0 } && i.Type is not ("submit" or "checkbox" or "radio"))
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value ?? "");
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => s.Name is { Length: > 0 }))
            values[select.Name!] = select.Value ?? "";
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => t.Name is { Length: > 0 }))
            values[area.Name!] = area.Value ?? "";
        foreach (var (key, value) in fields ?? new Dictionary<string, string>()) values[key] = value;
        return await Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// The antiforgery token a form on <paramref name="pageUrl"/> carries for this visitor (with its cookie kept), for
    /// tests that post bodies a form could not make: raw bytes, invalid UTF-8, another visitor's token.
    /// </summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl)
    {
        var (_, page) = await GetAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }

    /// <summary>Posts the raw fields with a valid antiforgery token taken from any form on <paramref name="pageUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string pageUrl, string action, IDictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(pageUrl);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task<Browser> SignInAsync(string userName, string password)
    {
        var response = await SubmitAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed with {(int)response.StatusCode}.");
        return this;
    }
}
