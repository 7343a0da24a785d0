using AngleSharp.Html.Dom;

namespace Consultation.Tests;

/// <summary>
/// What a browser posts for a form: its inputs, selects and text areas, with the antiforgery token and a fresh
/// idempotency key fetched as <c>wwwroot/js/form-token.js</c> does when the page came from the cache. Linked into the
/// integration tests (their <c>Browser</c>) and the two-node checks from <c>tests/Shared</c>.
/// </summary>
public static class FormValues
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>
    /// The fields of <paramref name="form"/> with <paramref name="fields"/> on top; a missing token is asked of
    /// <paramref name="tokenSource"/> (the node that served the page, as the script would).
    /// </summary>
    public static async Task<Dictionary<string, string>> OfAsync(IHtmlFormElement form, HttpClient tokenSource,
        IDictionary<string, string>? fields = null)
    {
        // A cached page carries everyone's idempotency key; form-token.js gives each visitor (each form) a fresh one,
        // once: the same form posted again is a retry and keeps it.
        if (form.QuerySelector($"input[name={TokenField}][data-form-token]") is not null
            && form.QuerySelector("input[name=IdempotencyKey]:not([data-renewed])") is IHtmlInputElement idempotencyKey)
        {
            idempotencyKey.Value = Guid.NewGuid().ToString("N");
            idempotencyKey.SetAttribute("data-renewed", "");
        }
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Name is { Length: > 0 } && i.Type is not ("submit" or "checkbox" or "radio"))
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value ?? "");
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => s.Name is { Length: > 0 }))
            values[select.Name!] = select.Value ?? "";
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => t.Name is { Length: > 0 }))
            values[area.Name!] = area.Value ?? "";
        if (values.TryGetValue(TokenField, out var token) && token == "") values[TokenField] = await FormTokenAsync(tokenSource);
        foreach (var (key, value) in fields ?? new Dictionary<string, string>()) values[key] = value;
        return values;
    }

    /// <summary>What <c>wwwroot/js/form-token.js</c> asks for when a visitor starts to write on a cached page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client)
    {
        var response = await client.GetAsync("/forms/token");
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }
}
