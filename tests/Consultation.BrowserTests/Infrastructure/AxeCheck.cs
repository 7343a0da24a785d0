using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>Runs axe-core against the page as it stands, limited to WCAG 2.0 / 2.1 A and AA (GB/T 37668).</summary>
public static class AxeCheck
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task AssertNoViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        });
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    /// <summary>One line per failing element: rule id, where it is, and what axe says to do about it.</summary>
    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe found {violations.Length} WCAG violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append($"    at {node.Target}: {node.Html}");
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m));
                text.Append(" — ").AppendJoin("; ", checks);
            }
        }
        return text.ToString();
    }
}
