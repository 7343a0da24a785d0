using System.Net;
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

    /// <summary>Opens the draft page as the browser does and reads the comment form's antiforgery token.</summary>
    public async Task OpenAsync(CancellationToken ct)
    {
        using var response = await client.GetAsync($"/consultations/{slug}", ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"The draft page answered {(int)response.StatusCode}.");
        var html = await response.Content.ReadAsStringAsync(ct);
        var form = html.IndexOf($"action=\"{Action}", StringComparison.Ordinal);
        if (form < 0) throw new InvalidOperationException("The draft page has no comment form (is the consultation open?).");
        var token = TokenInput().Match(html, form);
        if (!token.Success) throw new InvalidOperationException("The comment form has no antiforgery token.");
        Token = WebUtility.HtmlDecode(token.Groups["value"].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenInput();
}
