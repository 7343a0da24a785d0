using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Consultation.LoadGenerator;

/// <summary>
/// What a browser holds after opening the draft page: the antiforgery cookie (in the client's cookie container) and the
/// form's token. Everything about how the token is obtained lives here, so a change in how forms get their token
/// (e.g. fetched separately for output caching) is changed in this one class.
/// </summary>
public sealed partial class FormSession(HttpClient client, string slug)
{
    public string Token { get; private set; } = "";

    public string Action => $"/consultations/{slug}/comments";

    /// <summary>
    /// Opens the draft page as the browser does and reads the comment form's antiforgery token; a cached page leaves
    /// the field empty and the browser's <c>form-token.js</c> fetches it (and sets the cookie) from <c>/forms/token</c>.
    /// </summary>
    public async Task OpenAsync(CancellationToken ct)
    {
        using var response = await client.GetAsync($"/consultations/{slug}", ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"The draft page answered {(int)response.StatusCode}.");
        var html = await response.Content.ReadAsStringAsync(ct);
        var form = html.IndexOf($"action=\"{Action}", StringComparison.Ordinal);
        if (form < 0) throw new InvalidOperationException("The draft page has no comment form (is the consultation open?).");
        var token = TokenInput().Match(html, form);
        if (!token.Success) throw new InvalidOperationException("The comment form has no antiforgery field.");
        Token = token.Groups["value"].Value is { Length: > 0 } value
            ? WebUtility.HtmlDecode(value)
            : (await client.GetFromJsonAsync<FetchedToken>("/forms/token", ct))?.Token
              ?? throw new InvalidOperationException("/forms/token gave no token.");
    }

    private sealed record FetchedToken(string Field, string Token);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex TokenInput();
}
