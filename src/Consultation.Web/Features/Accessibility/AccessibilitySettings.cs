using Microsoft.AspNetCore.Http;

namespace Consultation.Web.Features.Accessibility;

/// <summary>
/// The visitor's 无障碍 / 长者模式 choices, kept in one cookie (<c>size:3;contrast:1;cursor:1;guide:1;simple:1</c>) and
/// applied while the page is rendered on the server, so the page never flashes in the default look first.
/// </summary>
public sealed record AccessibilitySettings(int Size, bool Contrast, bool Cursor, bool Guide, bool Simple)
{
    public const string CookieName = "a11y";

    /// <summary>Text size steps: 0 is the normal 16px body, <see cref="MaxSize"/> is a 24px body.</summary>
    public const int MaxSize = 4;

    public static AccessibilitySettings Default { get; } = new(0, false, false, false, false);

    /// <summary>长者模式 in one switch: the largest text, high contrast, the large cursor and the simplified layout.</summary>
    public static AccessibilitySettings Recommended { get; } = new(MaxSize, true, true, false, true);

    /// <summary>Any choice made: links and buttons grow to 44×44 px and nothing pops up.</summary>
    public bool IsElderMode => this != Default;

    public static AccessibilitySettings From(HttpRequest request) =>
        Parse(request.Cookies.TryGetValue(CookieName, out var value) ? value : null);

    public static AccessibilitySettings Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Default;
        var settings = Default;
        foreach (var part in Uri.UnescapeDataString(value).Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split(':', 2);
            if (pair.Length == 2 && int.TryParse(pair[1], out var number)) settings = settings.With(pair[0].Trim(), number);
        }
        return settings;
    }

    /// <summary>This choice changed; unknown names and out-of-range values leave the settings as they were.</summary>
    public AccessibilitySettings With(string name, int value) => name switch
    {
        "size" => this with { Size = Math.Clamp(value, 0, MaxSize) },
        "contrast" => this with { Contrast = value == 1 },
        "cursor" => this with { Cursor = value == 1 },
        "guide" => this with { Guide = value == 1 },
        "simple" => this with { Simple = value == 1 },
        "elder" => value == 1 ? Recommended with { Guide = Guide } : Default,
        _ => this,
    };

    public string ToCookieValue() =>
        $"size:{Size};contrast:{Bit(Contrast)};cursor:{Bit(Cursor)};guide:{Bit(Guide)};simple:{Bit(Simple)}";

    /// <summary>Classes for <c>&lt;html&gt;</c>, read by site.css and site.js.</summary>
    public string HtmlClasses
    {
        get
        {
            var classes = new List<string>();
            if (Size > 0) classes.Add($"a11y-size-{Size}");
            if (Contrast) classes.Add("a11y-contrast");
            if (Cursor) classes.Add("a11y-cursor");
            if (Guide) classes.Add("a11y-guide");
            if (Simple) classes.Add("a11y-simple");
            if (IsElderMode) classes.Add("a11y-elder");
            return string.Join(' ', classes);
        }
    }

    private static int Bit(bool on) => on ? 1 : 0;
}
