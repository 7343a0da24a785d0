using System.Net;
using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Consultation.Tests;

namespace Consultation.NodeChecks;

/// <summary>
/// One visitor talking to both nodes: one cookie jar (cookies are per host, not per port), one client per node, so a
/// page read from A can be posted to B as a browser behind a load balancer would.
/// </summary>
public sealed class NodeClient
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);
    private readonly CookieContainer _cookies = new();

    public NodeClient(Uri a, Uri b)
    {
        A = Client(a);
        B = Client(b);
    }

    public HttpClient A { get; }
    public HttpClient B { get; }

    private HttpClient Client(Uri baseAddress) =>
        new(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    public static async Task<IDocument> PageAsync(HttpClient node, string url)
    {
        var response = await node.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.OpenAsync(r => r.Content(html).Address(new Uri(node.BaseAddress!, url)));
    }

    /// <summary>The form posting to <paramref name="action"/> on a page of <paramref name="from"/>, filled and posted to <paramref name="to"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient from, HttpClient to, string pageUrl, string action,
        IDictionary<string, string> fields)
    {
        var page = await PageAsync(from, pageUrl);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action")?.Split('#')[0] == action)
                   ?? throw new InvalidOperationException($"No form posting to {action} on {pageUrl}.");
        // Token and idempotency key come from the node that served the page, as form-token.js would ask it.
        var values = await FormValues.OfAsync(form, from, fields);
        return await to.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task SignInAsync(HttpClient node, string user, string password)
    {
        var response = await SubmitAsync(node, node, "/admin/login", "/admin/login",
            new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {user} answered {(int)response.StatusCode}.");
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient node, byte[] bytes, string fileName, string alt)
    {
        var page = await PageAsync(node, "/admin/media");
        var token = page.QuerySelector("form[action='/admin/media'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException("No upload form on /admin/media.");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(alt), "AltText" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "File", fileName);
        return await node.PostAsync("/admin/media", form);
    }
}
