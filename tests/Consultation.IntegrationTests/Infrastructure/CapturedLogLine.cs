using Microsoft.Extensions.Logging;

namespace Consultation.IntegrationTests.Infrastructure;

public sealed record CapturedLogLine(string Category, LogLevel Level, string Text, IReadOnlyDictionary<string, string> Scopes)
{
    /// <summary>The line as an operator's log store would hold it: message, exception and every scope value.</summary>
    public string Everything => Text + " " + string.Join(" ", Scopes.Select(s => $"{s.Key}={s.Value}"));
}
