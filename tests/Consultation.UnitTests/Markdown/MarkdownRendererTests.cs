using Consultation.Infrastructure.Markdown;

namespace Consultation.UnitTests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[点我](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Script_in_markdown_is_rendered_inert(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        // Raw HTML comes out as visible text (&lt;…), never as an element or a live attribute.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Headings_lists_and_tables_render()
    {
        var html = _renderer.ToSafeHtml("## 第一条\n\n- 一\n- 二\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n");

        Assert.Contains("<h2", html);
        Assert.Contains("<li>一</li>", html);
        Assert.Contains("<table>", html);
    }
}
