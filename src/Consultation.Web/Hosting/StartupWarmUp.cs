using Consultation.Infrastructure.Markdown;

namespace Consultation.Web.Hosting;

/// <summary>
/// Work the first reader of a draft would otherwise wait for, started on a pool thread while the main thread brings
/// the database up to date: building the Markdown pipeline and the HTML sanitiser and their first pass cost ≈ 1 s of
/// JIT on this machine's first request (docs/performance.md, P5). A failure here only costs that second later.
/// </summary>
public static class StartupWarmUp
{
    public static void StartWarmUpInBackground(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupWarmUp));
        _ = Task.Run(() =>
        {
            try
            {
                // Resolved here, not on the main thread: the constructor is half of the cost.
                var renderer = app.Services.GetRequiredService<MarkdownRenderer>();
                renderer.ToSafeHtml("## 第一条\n\n**起草说明**：[全文](https://example.org/a)\n\n| 条 | 意见 |\n|---|---|\n| 1 | 是 |");
                renderer.ToPlainText("**预热**");
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Start-up warm-up failed; the first page will do this work instead");
            }
        });
    }
}
